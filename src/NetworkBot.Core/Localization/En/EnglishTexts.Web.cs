using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string ScheduleName => "Study sessions and meetups";

    public override string WebIntro =>
        "Our study sessions, meetups and symposiums. To sign up, send the bot one command in Slack or Discord.";

    public override string WebHowToJoin(int id, bool hasAfterParty) =>
        $"To sign up, send `/join {id}` to the bot in Slack or Discord."
        + (hasAfterParty ? $" To join the after-party too, send `/join {id} party:yes`." : "")
        + " When it is full you join the waitlist, and we offer freed seats in order.";

    public override string WebJoinShort(int id) => $"Sign up in chat: `/join {id}`";

    public override string WebEventEnded => "This event is over. Thank you to everyone who came.";

    public override string WebAddToCalendar => "Add to calendar (.ics)";

    public override string WebSubscribeHeading => "Subscribe in your calendar";

    public override string WebSubscribeHelp =>
        "Add this URL to Google Calendar, Outlook or Apple Calendar and new and changed events show up by themselves.";

    public override string WebFeedLink => "Atom feed (new events)";

    public override string WebTimeZoneNote => "All times are Japan time (JST).";

    public override string WebBackToList => "All upcoming events";

    public override string WebEventNotFoundTitle => "Event not found";

    public override string WebEventNotFound =>
        "We could not find that event. The number may be wrong or the link out of date. The list shows all upcoming events.";

    public override string WebOtherLanguageName => "日本語";

    public override string WebLinkInvalidTitle => "This link does not work";

    public override string WebLinkInvalid(int? eventId) =>
        "This download link is not valid or has expired. "
        + $"Run `/event attendees {eventId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "ID"}` in chat again to get a fresh one.";

    public override string FeedEventTitle(string title, DateTime start, bool cancelled) =>
        (cancelled ? "[Cancelled] " : "") + $"{title} ({Date(start)})";

    public override string SeatLimit(int? capacity) => capacity is { } c ? $"{c} seats" : "No limit";

    public override string EventWebLinks(string page, string eventCalendar, string calendar) =>
        $"[Web page]({page}) · [Add to calendar (.ics)]({eventCalendar}) · [Subscribe to all events]({calendar})";

    public override string AttendeesCsvLink(string url, TimeSpan validFor) =>
        $"📄 [Download the list as CSV]({url}) (going, waitlist, after-party and registration details; works for {validFor.TotalHours:0} hours. It contains email addresses, so please share it with care.)";

    public override IReadOnlyList<string> CsvHeaders => ["Number", "Status", "Name", "Affiliation", "Email", "After-party", "Registered at (JST)"];

    public override string CsvStatus(RegistrationStatus status, int? waitlistPosition) => status switch
    {
        RegistrationStatus.Going => "Going",
        RegistrationStatus.Waitlisted => waitlistPosition is { } p ? $"Waitlist #{p}" : "Waitlist",
        _ => "Cancelled",
    };

    public override string CsvParty(PartyStatus status, int? waitlistPosition, bool hasAfterParty) => status switch
    {
        PartyStatus.Going => "Going",
        PartyStatus.Waitlisted => waitlistPosition is { } p ? $"Waitlist #{p}" : "Waitlist",
        _ => hasAfterParty ? "Not going" : "",
    };
}
