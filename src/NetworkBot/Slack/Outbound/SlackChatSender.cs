using Microsoft.Extensions.Options;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Messaging;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// Slack's part of Core's outgoing port: direct messages (<c>conversations.open</c>, kept, then <c>chat.postMessage</c>)
/// and channel posts (<c>chat.postMessage</c>, paced per channel). Failures surface as <see cref="DeliveryFailedException"/>
/// with the reason, so the outbox retries only what a retry can help.
/// </summary>
public sealed class SlackChatSender(
    IOptions<SlackOptions> options,
    SlackWebApiClient api,
    SlackDirectMessages directMessages,
    BlockKitRenderer renderer,
    BotSettings settings,
    ILogger<SlackChatSender> logger) : IPlatformSender
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            SlackLog.NotConfigured(logger);
            throw new DeliveryFailedException(DeliveryFailure.PlatformUnavailable);
        }

        var rendered = renderer.RenderMessage(message.Content, Texts.For(settings.DefaultLanguage));
        try
        {
            if (message.ToMember is { } member && SlackIds.LocalPart(member.Id) is { } userId)
            {
                await directMessages.SendAsync(userId, rendered, cancellationToken);
            }
            else if (message.ToChannel is { } channel && SlackIds.LocalPart(channel.Id) is { } channelId)
            {
                await api.PostMessageAsync(channelId, rendered, cancellationToken);
            }
        }
        catch (SlackApiException exception)
        {
            var failure = FailureOf(exception.Error);
            // A DM posted to a user id that Slack will not open answers channel_not_found: the member is out of reach.
            if (failure == DeliveryFailure.ChannelUnreachable && message.ToMember is not null) failure = DeliveryFailure.MemberUnreachable;
            throw new DeliveryFailedException(failure, inner: exception);
        }
    }

    /// <summary>Slack's error codes that a retry will not change, and its request to slow down.</summary>
    internal static DeliveryFailure FailureOf(string error) => error switch
    {
        "user_not_found" or "users_not_found" or "user_disabled" or "account_inactive" or "cannot_dm_bot" => DeliveryFailure.MemberUnreachable,
        "channel_not_found" or "not_in_channel" or "is_archived" or "restricted_action" => DeliveryFailure.ChannelUnreachable,
        "ratelimited" => DeliveryFailure.RateLimited,
        _ => DeliveryFailure.Transient,
    };
}
