using NetworkBot.Core.Platform;
using NetworkBot.Core.Onboarding;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// <c>team_join</c>: greets the newcomer by direct message, in their language, with a button that starts the
/// self-introduction (<c>/introduce</c>). Bots, app users and deactivated accounts are not greeted; Core's welcome
/// greets each member once, and not at all when they have already introduced themselves.
/// </summary>
public sealed class SlackNewMemberGreeter(SlackMemberDirectory members, IChatSender sender, WelcomeService welcome)
{
    public const string IntroduceCommand = "/introduce";

    internal async Task GreetAsync(string teamId, SlackUser user, CancellationToken cancellationToken)
    {
        if (user.Id is not { Length: > 0 } userId || user.IsBot || user.IsAppUser || user.Deleted) return;
        var member = await members.GetAsync(teamId, userId, user.BestName, cancellationToken);
        if (await welcome.WelcomeIfNewAsync(member.Ref, member.Language, cancellationToken) is not { } greeting) return;
        await sender.SendAsync(OutgoingMessage.ToDirect(member.Ref, greeting), cancellationToken);
    }
}
