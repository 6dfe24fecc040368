namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string? CommandDescription(string commandKey) => commandKey switch
    {
        "events" => "Upcoming events (filter by period, kind or prefecture)",
        "event" => "Event details, and for organizers: create, edit, cancel, attendees",
        "event show" => "One event: time, venue, seats left, after-party",
        "event create" => "Create an event (no options opens a form)",
        "event edit" => "Change an event (registrants hear about new times or places)",
        "event cancel" => "Call an event off (asks once, then tells everyone registered)",
        "event attendees" => "Going, waitlist and after-party lists",
        "join" => "Sign up for an event (full: join the waitlist)",
        "leave" => "Cancel your spot",
        "help" => "What this bot can do",
        "introduce" => "Start your self-introduction",
        "profile" => "See, change or erase your profile",
        "members" => "The member directory",
        "profile show" => "See your profile, or another member's by name",
        "profile edit" => "Change your profile (no options opens a form)",
        "profile delete" => "Erase your profile and registration details (asks first)",
        "members show" => "Find members by prefecture, sector or keyword",
        "members map" => "The 47-prefecture map",
        "announce" => "Schedule, list or cancel announcements",
        "event reminders" => "How an event's reminders stand: sent, waiting, failed, turned off",
        "remind" => "Turn reminders for one event off or on",
        "profile reminders" => "Turn reminders for all events off or on",
        "announce create" => "Schedule an announcement (a time, a repetition or cron)",
        "announce list" => "Scheduled announcements",
        "announce cancel" => "Cancel an announcement",
        _ => null,
    };

    public override string OptionDescription(string option) => option switch
    {
        "id" => "Event number (e.g. 3)",
        "period" => "Period",
        "kind" => "Kind of event",
        "prefecture" => "Prefecture (Yamagata, 山形, 06 …)",
        "confirm" => "Choose yes to really do it",
        "member" => "A member's name",
        "keyword" => "Keywords (name, affiliation, interests …)",
        "page" => "Page number",
        "sector" => "Sector (municipal, 市区町村職員 …)",
        "reason" => "Why (registrants are told)",
        "party" => "Join the after-party too?",
        "reminders" => "Reminders: offsets such as 7d,1d,1h for an event; on or off for yourself",
        "channel" => "The channel to post in",
        "text" => "The text to post",
        "at" => "Post once at this time (e.g. 2026-12-01 09:00)",
        "repeat" => "Repeat (e.g. weekly friday 18:00, monthly first monday 09:00)",
        "cron" => "A Quartz cron expression (e.g. 0 0 9 ? * MON#1)",
        _ => FieldLabel(option),
    };

    public override string? LocalizedName(string name) => null;

    public override string ChoiceLabel(string value) => value switch
    {
        "today" => "Today",
        "week" => "Next 7 days",
        "month" => "Next month",
        "all" => "All",
        "study" => "Study session",
        "mini" => "Mini study session",
        "meetup" => "Meetup",
        "symposium" => "Symposium",
        "other" => "Other",
        "yes" => "Yes",
        "no" => "No",
        _ => value,
    };

    public override string NotSupportedHere => "Sorry, I can't do that yet. Type /help to see what I can do.";

    public override string ButtonExpired => "This button has expired. Please run the command again.";

    public override string FormExpired => "This form has expired (nothing has been changed). Please start again from the command.";

    public override string FormPageReceived(int page, int pages) =>
        $"Page {page} of {pages} received (not saved yet). Press Next to continue.";

    public override string ButtonFormNext(int page, int pages) => $"Next ({page}/{pages})";

    public override string ButtonFormOpen => "Open the form";

    public override string ButtonFormStop => "Stop";

    public override string FormChoicePlaceholder => "Choose one";

    public override string PostedToChannel => "Posted to the channel.";

    public override string TookTooLong =>
        "Sorry, this took too long and I could not confirm it finished. Please check the result (for example with /events) before trying again.";

    public override string MoreActions => "More actions";
}
