using NetworkBot.Core.Events;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// The App Home tab (<c>views.publish</c>): upcoming events and the member's own registrations with buttons, in their
/// language. Published when they open the tab and again after they press a button there.
/// </summary>
public sealed class SlackAppHome(MemberOverview overview, SlackMemberDirectory members, SlackViews views, SlackWebApiClient api)
{
    public async Task PublishAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(teamId, userId, null, cancellationToken);
        var texts = Core.Localization.Texts.For(member.Language);
        var blocks = await overview.BuildAsync(member.Ref, texts, cancellationToken);
        await api.PublishViewAsync(userId, views.Home(blocks, texts), cancellationToken);
    }
}
