using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>
/// One member's overview: the events they signed up for (with their place on a waitlist) and what is coming up.
/// Slack shows it as the App Home; any platform can render the same blocks.
/// </summary>
public sealed class MemberOverview(IEventRepository events, IRegistrationRepository registrations, EventCards cards, TimeProvider time)
{
    public const int MaxUpcoming = 10;

    public async Task<IReadOnlyList<ReplyBlock>> BuildAsync(MemberRef member, Texts texts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var upcoming = await events.ListUpcomingAsync(now, cancellationToken);
        var rosters = new Dictionary<int, EventRoster>();
        foreach (var e in upcoming)
        {
            rosters[e.Id] = new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken));
        }

        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(texts.HomeHeading),
            new TextBlock(texts.HomeIntro),
            new DividerBlock(),
            new HeadingBlock(texts.HomeMyRegistrationsHeading),
        };
        var mine = (await registrations.ListForMemberAsync(member.Id, cancellationToken))
            .Where(r => r.IsActive && rosters.ContainsKey(r.EventId))
            .Select(r => rosters[r.EventId])
            .OrderBy(roster => roster.Event.Start)
            .ToList();
        if (mine.Count == 0) blocks.Add(new TextBlock(texts.HomeNoRegistrations));
        foreach (var roster in mine)
        {
            var e = roster.Event;
            var r = roster.Find(member.Id)!;
            blocks.Add(new TextBlock(texts.HomeRegistrationLine(e.Id, e.Title, cards.When(e, texts), r.Status, roster.WaitlistPosition(member.Id), r.Party)));
            blocks.Add(new ActionsBlock([new ReplyButton(texts.ButtonDetails, $"/event show {e.Id}"), new ReplyButton(texts.ButtonLeave, $"/leave {e.Id}", ButtonStyle.Danger)]));
        }

        blocks.Add(new DividerBlock());
        blocks.Add(new HeadingBlock(texts.UpcomingEventsHeading(null)));
        if (upcoming.Count == 0) blocks.Add(new TextBlock(texts.NoUpcomingEvents(null)));
        foreach (var e in upcoming.Take(MaxUpcoming)) blocks.AddRange(cards.ListEntry(rosters[e.Id], texts));
        if (upcoming.Count > MaxUpcoming) blocks.Add(new ContextBlock(texts.MoreEvents(upcoming.Count - MaxUpcoming)));
        blocks.Add(new ContextBlock(texts.HelpFooter));
        return blocks;
    }
}
