using NetworkBot.Core.Events;
using NetworkBot.Core.Regions;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string EventIdMissing(string usage) => $"Please give the event number. Example: `{usage}` (see /events for numbers)";

    public override string EventIdInvalid(string text, string usage) =>
        $"\"{text}\" is not an event number. Example: `{usage}` (see /events for numbers)";

    public override string EventNotFound(int id) => $"There is no event number {id}. Type /events to see the list.";

    public override string InvalidKind(string text) => $"\"{text}\" is not a kind of event. Please use one of: {EventKinds.Accepted}";

    public override string InvalidDateTime(string key, string text) => key switch
    {
        EventFields.End or EventFields.Doors or EventFields.PartyStart =>
            $"I could not read \"{text}\" as a time for {key}. Example: {key}:{FieldExample(key)} (a full 2026-12-05 17:00 works too)",
        EventFields.Deadline =>
            $"I could not read the deadline \"{text}\". Example: deadline:\"2026-12-03 23:59\" (a date alone means 23:59 that day)",
        _ => $"I could not read \"{text}\" as a date and time for {key}. Example: {key}:\"2026-12-05 14:00\" (2026/12/5 14:00, 12/5 14:00 and 2026年12月5日 14:00 work too)",
    };

    public override string StartInPast(string text) => $"The start \"{text}\" has already passed. Please choose a time in the future.";

    public override string EndNotAfterStart() => "The end (end) must be after the start.";

    public override string DoorsNotBeforeStart() => "Doors (doors) should open at or before the start.";

    public override string PartyBeforeStart() => "The after-party (party_start) should start after the event starts.";

    public override string DeadlineAfterStart() => "The registration deadline (deadline) must be before the start.";

    public override string InvalidUrl(string text) => $"The URL \"{text}\" should start with http:// or https://.";

    public override string UnknownPrefecture(string text, IReadOnlyList<Prefecture> suggestions) =>
        $"I do not know the prefecture \"{text}\". "
        + (suggestions.Count > 0 ? $"Did you mean: {string.Join(", ", suggestions.Select(p => p.NameEn))}?" : "Examples: Yamagata, 山形, 06");

    public override string InvalidReminders(string text) =>
        $"I could not read the reminders \"{text}\". Example: reminders:\"7d,1d,1h\" (7 days, 1 day and 1 hour before), or reminders:none";

    public override string InvalidCapacity(string key, string text) =>
        $"{FieldLabel(key)} ({key}) must be a number of 1 or more (got \"{text}\"). Example: {key}:30 (or {key}:none for no limit)";

    public override string InvalidFee(string key, string text) =>
        $"I could not read \"{text}\" as an amount for {key}. Example: {key}:5000 or {key}:free";

    public override string FieldLabel(string key) => key switch
    {
        EventFields.Title => "Title",
        EventFields.Kind => "Kind",
        EventFields.Start => "Start",
        EventFields.End => "End",
        EventFields.Doors => "Doors open",
        EventFields.Venue => "Venue",
        EventFields.Url => "Online URL",
        EventFields.Capacity => "Capacity",
        EventFields.Fee => "Fee",
        EventFields.Party => "After-party",
        EventFields.PartyStart => "After-party start",
        EventFields.PartyVenue => "After-party venue",
        EventFields.PartyCapacity => "After-party capacity",
        EventFields.PartyFee => "After-party fee",
        EventFields.Deadline => "Registration deadline",
        EventFields.Prefecture => "Prefecture",
        EventFields.Description => "Description",
        EventFields.Reminders => "Reminders",
        "name" => "Name",
        "affiliation" => "Affiliation",
        "email" => "Email",
        "reason" => "Reason",
        _ => ProfileFieldLabel(key),
    };

    public override string? FieldExample(string key) => key switch
    {
        EventFields.Title => "Town planning study session #12",
        EventFields.Start => "2026-12-05 14:00",
        EventFields.End => "17:00",
        EventFields.Doors => "13:40",
        EventFields.Venue => "Civic Center, room A",
        EventFields.Capacity => "30 (empty for no limit)",
        EventFields.Fee => "free / 1000",
        EventFields.PartyStart => "17:30",
        EventFields.PartyFee => "5000",
        EventFields.Deadline => "2026-12-03 23:59",
        EventFields.Prefecture => "Yamagata",
        "affiliation" => "Planning Division, X City",
        "email" => "taro@example.jp",
        _ => null,
    };

    public override string EventCreateExample =>
        "/event create title:\"Town planning study\" start:\"2026-12-05 14:00\" doors:13:40 end:17:00 venue:\"Civic Center\" capacity:30 fee:free";

    public override string EventEditExample => "/event edit 3 capacity:40 venue:\"Civic Center, room B\"";

    public override string Kind(EventKind kind) => kind switch
    {
        EventKind.StudySession => "Study session",
        EventKind.MiniStudySession => "Mini study session",
        EventKind.Meetup => "Meetup",
        EventKind.Symposium => "Symposium",
        _ => "Other",
    };

    public override string EventHeading(int id, string title, bool cancelled) => cancelled ? $"[Cancelled] #{id} {title}" : $"#{id} {title}";

    public override string CancelledBanner(string? reason) =>
        reason is null ? "This event has been cancelled." : $"This event has been cancelled ({reason}).";

    public override string LabelWhen => "When";

    public override string LabelKind => "Kind";

    public override string LabelVenue => "Venue";

    public override string LabelOnline => "Online";

    public override string LabelCapacity => "Capacity";

    public override string LabelFee => "Fee";

    public override string LabelAfterParty => "After-party";

    public override string LabelDeadline => "Register by";

    public override string LabelPrefecture => "Prefecture";

    public override string Online => "Online";

    public override string Capacity(int? capacity, int going, int waitlisted) => capacity switch
    {
        null => $"No limit ({going} going)",
        { } c when going >= c => $"{c} seats, full ({waitlisted} on the waitlist)",
        { } c => $"{c} seats ({c - going} left)",
    };

    public override string AfterParty(DateTime? start, string? venue, int? feeYen, string capacity)
    {
        var parts = new List<string>();
        if (start is { } s) parts.Add($"from {Time(s)}");
        if (venue is not null) parts.Add($"at {venue}");
        if (feeYen is { } fee) parts.Add($"fee {Yen(fee)}");
        parts.Add(capacity);
        return string.Join(", ", parts);
    }

    public override string EventFooter(int id) => $"Event {id}   sign up: /join {id}   cancel: /leave {id}";

    public override string ListEntry(int id, string title, string kind, string when, string? where, string capacity, bool hasAfterParty) =>
        $"**#{id} {title}** ({kind})\n📅 {when}\n" + (where is null ? "" : $"📍 {where}\n") + capacity + (hasAfterParty ? " · after-party" : "");

    public override string ButtonDetails => "Details";

    public override string ButtonJoin => "Sign up";

    public override string ButtonJoinWithParty => "Join the after-party too";

    public override string ButtonLeave => "Cancel my spot";

    public override string ButtonConfirmCancel => "Cancel the event";

    public override string UpcomingEventsHeading(string? filter) => filter is null ? "Upcoming events" : $"Upcoming events ({filter})";

    public override string NoUpcomingEvents(string? filter) =>
        filter is null ? "No events are planned right now. We will let you know when one is." : $"No upcoming events match ({filter}).";

    public override string MoreEvents(int count) => $"{count} more. Narrow it down by period or kind (e.g. /events week study).";

    public override string Period(string word) => word switch
    {
        "today" => "today",
        "week" => "within a week",
        "month" => "within a month",
        _ => "all",
    };

    public override string UnknownEventsFilter(string word) =>
        $"I cannot filter by \"{word}\". Use a period (today / week / month), a kind (study, meetup, …) or a prefecture (Yamagata, …). Example: /events month study";

    public override string EventCreated(int id, string title) => $"Created \"{title}\" (event {id}).";

    public override string EventUpdated(int id, IReadOnlyList<string> changedKeys, int told) =>
        $"Updated event {id} ({string.Join(", ", changedKeys.Select(FieldLabel))})." + (told > 0 ? $" {told} registrants were told." : "");

    public override string EventUnchanged(int id) => $"Event {id} is unchanged.";

    public override string EventAlreadyCancelled(int id) => $"Event {id} has already been cancelled.";

    public override string ConfirmCancel(int id, string title) =>
        $"Cancel \"{title}\" (event {id})? Everyone registered will be told. Press the button to confirm.";

    public override string EventCancelled(int id, string title, int told) =>
        $"\"{title}\" (event {id}) is cancelled." + (told > 0 ? $" {told} registrants were told." : "");

    public override string EventFormTitle => "Create an event";

    public override string EventEditFormTitle(int id) => $"Edit event {id}";

    public override string AttendeesHeading(int id, string title) => $"#{id} {title}: registrations";

    public override string GoingHeading(int count, int? capacity) => capacity is { } c ? $"Going {count}/{c}" : $"Going {count}";

    public override string WaitlistHeading(int count) => $"Waitlist {count}";

    public override string PartyHeading(int count, int? capacity) => capacity is { } c ? $"After-party {count}/{c}" : $"After-party {count}";

    public override string PartyWaitlistHeading(int count) => $"After-party waitlist {count}";

    public override string NobodyYet => "(nobody yet)";

    public override string AttendeeLine(int number, string name, string? affiliation, string? email, PartyStatus party) =>
        $"{number}. {name}" + (affiliation is null ? "" : $" ({affiliation})") + (email is null ? "" : $" {email}")
        + party switch { PartyStatus.Going => "  after-party: yes", PartyStatus.Waitlisted => "  after-party: waitlist", _ => "" };

    public override string EventChangedNotice(string title, string when, string? where) =>
        $"[Update] \"{title}\" has changed.\n📅 {when}" + (where is null ? "" : $"\n📍 {where}")
        + "\nIf you can no longer come, please cancel so someone else can take your seat.";

    public override string EventCancelledNotice(string title, string when, string? reason) =>
        $"[Cancelled] \"{title}\" on {when} is cancelled" + (reason is null ? "." : $" ({reason}).")
        + "\nWe are sorry to everyone who was looking forward to it, and will announce a new date when there is one.";
}
