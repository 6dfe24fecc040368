using System.Globalization;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Settings;

namespace NetworkBot.Web;

/// <summary>
/// The public pages' HTML: the upcoming events and one event. They show what <c>/event show</c> shows, in the
/// same words, and never a member's name or email: only counts of who is going.
/// </summary>
public sealed class EventPageRenderer(EventCards cards, PageLayout layout, BotSettings settings)
{
    public string List(IReadOnlyList<EventRoster> upcoming, VisitorLanguage language, DateTimeOffset now)
    {
        var heading = Texts.For(language.Language).UpcomingEventsHeading(null);
        return layout.Render(language, heading, "/", (html, texts) =>
        {
            html.Element("h1", heading).Element("p", texts.WebIntro, ("class", "intro"));
            if (upcoming.Count == 0) html.Element("p", texts.NoUpcomingEvents(null), ("class", "empty"));
            foreach (var roster in upcoming) Event(html, roster, texts, language, now, detailed: false);
        });
    }

    public string Single(EventRoster roster, VisitorLanguage language, DateTimeOffset now)
    {
        var e = roster.Event;
        var title = Texts.For(language.Language).EventHeading(e.Id, e.Title, e.IsCancelled);
        return layout.Render(language, title, PublicLinks.EventPagePath(e.Id), (html, texts) =>
        {
            Event(html, roster, texts, language, now, detailed: true);
            html.Open("p").Link(PageLayout.Href("/", language), texts.WebBackToList).Close();
        });
    }

    public string NotFound(VisitorLanguage language, string path)
    {
        var title = Texts.For(language.Language).WebEventNotFoundTitle;
        return layout.Render(language, title, path, (html, texts) => html
            .Element("h1", texts.WebEventNotFoundTitle)
            .Element("p", texts.WebEventNotFound)
            .Open("p").Link(PageLayout.Href("/", language), texts.WebBackToList).Close());
    }

    public string LinkInvalid(VisitorLanguage language, string path, int? eventId)
    {
        var title = Texts.For(language.Language).WebLinkInvalidTitle;
        return layout.Render(language, title, path, (html, texts) => html
            .Element("h1", texts.WebLinkInvalidTitle)
            .Open("p").TextWithCode(texts.WebLinkInvalid(eventId)).Close());
    }

    private void Event(HtmlWriter html, EventRoster roster, Texts texts, VisitorLanguage language, DateTimeOffset now, bool detailed)
    {
        var e = roster.Event;
        var page = PageLayout.Href(PublicLinks.EventPagePath(e.Id), language);
        html.Open("article", ("class", e.IsCancelled ? "event cancelled" : "event"), ("id", $"event-{e.Id}"));
        if (detailed) html.Element("h1", texts.EventHeading(e.Id, e.Title, e.IsCancelled));
        else html.Open("h2").Link(page, texts.EventHeading(e.Id, e.Title, e.IsCancelled)).Close();
        html.Element("p", texts.Kind(e.Kind), ("class", "kind"));
        if (e.IsCancelled) html.Element("p", texts.CancelledBanner(e.CancelReason), ("class", "notice"));

        html.Open("dl");
        html.Element("dt", texts.LabelWhen).Open("dd").Element("time", cards.When(e, texts), ("datetime", Iso(e.Start))).Close();
        if (e.Venue is not null) html.Element("dt", texts.LabelVenue).Element("dd", e.Venue, ("class", "venue"));
        if (e.OnlineUrl is not null) html.Element("dt", texts.LabelOnline).Open("dd", ("class", "online")).Link(e.OnlineUrl, e.OnlineUrl, ("rel", "nofollow noopener")).Close();
        html.Element("dt", texts.LabelCapacity).Element("dd", texts.Capacity(e.Capacity, roster.Going.Count, roster.Waitlist.Count), ("class", "seats"));
        if (e.FeeYen is { } fee) html.Element("dt", texts.LabelFee).Element("dd", texts.Yen(fee));
        if (e.AfterParty is { } party) html.Element("dt", texts.LabelAfterParty).Element("dd", cards.AfterPartyLine(party, roster, texts), ("class", "after-party"));
        if (e.Deadline is { } deadline) html.Element("dt", texts.LabelDeadline).Element("dd", cards.DateTime(deadline, texts));
        if (Prefectures.ByCode(e.PrefectureCode) is { } prefecture)
        {
            html.Element("dt", texts.LabelPrefecture).Element("dd", Prefectures.DisplayName(prefecture, texts.Language));
        }

        html.Close();

        if (detailed && !string.IsNullOrWhiteSpace(e.Description)) html.Element("div", e.Description.Trim(), ("class", "description"));
        JoinOrClosed(html, e, texts, now, detailed);

        html.Open("p", ("class", "links"));
        if (!detailed) html.Link(page, texts.ButtonDetails);
        html.Link(PageLayout.Href(PublicLinks.EventCalendarPath(e.Id), language), texts.WebAddToCalendar, ("type", "text/calendar"));
        html.Close().Close();
    }

    private static void JoinOrClosed(HtmlWriter html, Event e, Texts texts, DateTimeOffset now, bool detailed)
    {
        switch (e.ClosedReason(now))
        {
            case null:
                html.Open("p", ("class", "join")).TextWithCode(detailed ? texts.WebHowToJoin(e.Id, e.AfterParty is not null) : texts.WebJoinShort(e.Id)).Close();
                break;
            case RegistrationClosedReason.Cancelled:
                break; // the banner above already says so
            case RegistrationClosedReason.Started when now >= e.EndOrStart:
                html.Element("p", texts.WebEventEnded, ("class", "notice"));
                break;
            case { } reason:
                html.Element("p", texts.RegistrationClosed(e.Title, reason), ("class", "notice"));
                break;
        }
    }

    private string Iso(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, settings.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
