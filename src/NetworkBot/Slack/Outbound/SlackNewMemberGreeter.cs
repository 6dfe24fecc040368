using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// <c>team_join</c>: greets the newcomer by direct message, in their language, with a button that starts the
/// self-introduction (<c>/introduce</c>). Bots, app users and deactivated accounts are not greeted.
/// </summary>
public sealed class SlackNewMemberGreeter(SlackMemberDirectory members, IChatSender sender)
{
    public const string IntroduceCommand = "/introduce";

    internal async Task GreetAsync(string teamId, SlackUser user, CancellationToken cancellationToken)
    {
        if (user.Id is not { Length: > 0 } userId || user.IsBot || user.IsAppUser || user.Deleted) return;
        var member = await members.GetAsync(teamId, userId, user.BestName, cancellationToken);
        var texts = Texts.For(member.Language);
        var welcome = BotReply.Private(
            new TextBlock(texts.WelcomeNewcomer(member.DisplayName)),
            new ActionsBlock([new ReplyButton(texts.ButtonStartIntroduction, IntroduceCommand, ButtonStyle.Primary)]));
        await sender.SendAsync(OutgoingMessage.ToDirect(member.Ref, welcome), cancellationToken);
    }
}
