using NetworkBot.Core.Platform;
using NetworkBot.Slack.Outbound;

namespace NetworkBot.Tests.Slack.Outbound;

public sealed class SlackDeliveryFailureTests
{
    [Theory]
    [InlineData("user_not_found", DeliveryFailure.MemberUnreachable)]
    [InlineData("cannot_dm_bot", DeliveryFailure.MemberUnreachable)]
    [InlineData("channel_not_found", DeliveryFailure.ChannelUnreachable)]
    [InlineData("is_archived", DeliveryFailure.ChannelUnreachable)]
    [InlineData("ratelimited", DeliveryFailure.RateLimited)]
    [InlineData("internal_error", DeliveryFailure.Transient)]
    public void FailureOf_SlackErrorCode_TellsTheOutboxWhetherToRetry(string error, DeliveryFailure expected)
    {
        Assert.Equal(expected, SlackChatSender.FailureOf(error));
    }
}
