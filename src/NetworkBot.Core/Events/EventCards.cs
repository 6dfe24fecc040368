using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Events;

/// <summary>How an event looks in a reply: the full card for <c>/event show</c> and the short entry for <c>/events</c>.</summary>
public sealed class EventCards(BotSettings settings)
{
    private readonly PublicLinks _links = new(settings);

    public string When(Event e, Texts texts) =>
        texts.When(settings.ToLocal(e.Start), e.DoorsOpen is { } d ? settings.ToLocal(d) : null, e.End is { } end ? settings.ToLocal(end) : null);

    public string DateTime(DateTimeOffset instant, Texts texts) => texts.DateTime(settings.ToLocal(instant));

    public IReadOnlyList<ReplyBlock> Card(EventRoster roster, Texts texts)
    {
        var e = roster.Event;
        var blocks = new List<ReplyBlock> { new HeadingBlock(texts.EventHeading(e.Id, e.Title, e.IsCancelled)) };
        if (e.IsCancelled) blocks.Add(new TextBlock(texts.CancelledBanner(e.CancelReason)));

        var fields = new List<ReplyField>
        {
            new(texts.LabelWhen, When(e, texts)),
            new(texts.LabelKind, texts.Kind(e.Kind)),
        };
        if (e.Venue is not null) fields.Add(new(texts.LabelVenue, e.Venue));
        if (e.OnlineUrl is not null) fields.Add(new(texts.LabelOnline, e.OnlineUrl));
        fields.Add(new(texts.LabelCapacity, texts.Capacity(e.Capacity, roster.Going.Count, roster.Waitlist.Count)));
        if (e.FeeYen is { } fee) fields.Add(new(texts.LabelFee, texts.Yen(fee)));
        if (e.AfterParty is { } party) fields.Add(new(texts.LabelAfterParty, AfterPartyLine(party, roster, texts)));
        if (e.Deadline is { } deadline) fields.Add(new(texts.LabelDeadline, DateTime(deadline, texts)));
        if (Prefectures.ByCode(e.PrefectureCode) is { } prefecture) fields.Add(new(texts.LabelPrefecture, Prefectures.DisplayName(prefecture, texts.Language)));
        blocks.Add(new FieldsBlock(fields));

        if (!string.IsNullOrWhiteSpace(e.Description)) blocks.Add(new TextBlock(e.Description));
        if (!e.IsCancelled) blocks.Add(new ActionsBlock(Buttons(e, texts)));
        blocks.Add(new ContextBlock(texts.EventFooter(e.Id)));
        blocks.Add(new ContextBlock(texts.EventWebLinks(
            _links.EventPage(e.Id, texts.Language), _links.EventCalendar(e.Id, texts.Language), _links.Calendar(texts.Language))));
        return blocks;
    }

    public IReadOnlyList<ReplyBlock> ListEntry(EventRoster roster, Texts texts) =>
        ListEntry(new UpcomingEvent(roster.Event, roster.Going.Count, roster.Waitlist.Count), texts);

    public IReadOnlyList<ReplyBlock> ListEntry(UpcomingEvent upcoming, Texts texts)
    {
        var e = upcoming.Event;
        var where = e.Venue ?? (e.OnlineUrl is not null ? texts.Online : null);
        var line = texts.ListEntry(e.Id, e.Title, texts.Kind(e.Kind), When(e, texts), where,
            texts.Capacity(e.Capacity, upcoming.Going, upcoming.Waitlisted), e.AfterParty is not null);
        return
        [
            new TextBlock(line),
            new ActionsBlock([new ReplyButton(texts.ButtonDetails, $"/event show {e.Id}"), new ReplyButton(texts.ButtonJoin, $"/join {e.Id}", ButtonStyle.Primary)]),
        ];
    }

    public string AfterPartyLine(AfterParty party, EventRoster roster, Texts texts) =>
        texts.AfterParty(
            party.Start is { } start ? settings.ToLocal(start) : null,
            party.Venue,
            party.FeeYen,
            texts.Capacity(party.Capacity, roster.PartyGoing.Count, roster.PartyWaitlist.Count));

    private static List<ReplyButton> Buttons(Event e, Texts texts)
    {
        var buttons = new List<ReplyButton> { new(texts.ButtonJoin, $"/join {e.Id}", ButtonStyle.Primary) };
        if (e.AfterParty is not null) buttons.Add(new(texts.ButtonJoinWithParty, $"/join {e.Id} party:yes"));
        if (e.Kind == EventKind.Symposium) buttons.Add(new(texts.ButtonJoinWithDetails, $"/join {e.Id} form"));
        buttons.Add(new(texts.ButtonLeave, $"/leave {e.Id}", ButtonStyle.Danger));
        return buttons;
    }
}
