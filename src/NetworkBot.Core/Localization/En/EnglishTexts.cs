using System.Globalization;
using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Localization;

/// <summary>English wording: plain, friendly, never scolding.</summary>
internal sealed partial class EnglishTexts : Texts
{
    public override Language Language => Language.En;

    public override string UnknownCommand(string name) => $"There is no /{name} command. Type /help to see what I can do.";

    public override string UnknownSubcommand(string name, string? given, IReadOnlyList<string> subcommands) =>
        (given is null ? $"Please tell me what to do with /{name}. " : $"/{name} {given} is not something I know. ")
        + $"You can use: {string.Join(", ", subcommands.Select(s => $"/{name} {s}"))}";

    public override string OrganizersOnly(string command) =>
        $"/{command} is for organizers only. If you need it, please ask one of the organizers.";

    public override string SomethingWentWrong => "Sorry, something went wrong on our side. Please try again in a moment.";

    public override string NothingChanged(IReadOnlyList<string> problems, string example) =>
        "Please check the following (nothing has been changed yet):\n"
        + string.Join("\n", problems.Select(p => "- " + p))
        + $"\nExample: `{example}`";

    public override string UnexpectedWords(IReadOnlyList<string> words, string example) =>
        $"I could not tell which field \"{string.Join(" ", words)}\" belongs to. Please write fields as `key:value` (nothing has been changed yet).\nExample: `{example}`";

    public override string UnknownOption(string key, IReadOnlyList<string> validKeys) =>
        $"\"{key}\" is not a field I know. Fields: {string.Join(", ", validKeys)}";

    public override string Missing(string key) => $"Please give the {FieldLabel(key).ToLowerInvariant()} ({key}).";

    public override string TooLong(string key, int maxLength) =>
        $"The {FieldLabel(key).ToLowerInvariant()} ({key}) can be at most {maxLength} characters.";

    public override string InvalidYesNo(string key, string text) => $"Please answer {key} with yes or no (got \"{text}\").";

    public override string InvalidEmail(string text) => $"\"{text}\" does not look like an email address. Example: email:taro@example.jp";

    public override string When(DateTime start, DateTime? doors, DateTime? end)
    {
        var text = $"{Date(start)}, {Time(start)}";
        if (end is { } e) text += e.Date == start.Date ? $"–{Time(e)}" : $" – {Date(e)}, {Time(e)}";
        if (doors is { } d) text += $" (doors open {Time(d)})";
        return text + " JST";
    }

    public override string DateTime(DateTime local) => $"{Date(local)}, {Time(local)}";

    public override string Yen(int yen) => yen == 0 ? "Free" : $"¥{yen.ToString("N0", CultureInfo.InvariantCulture)}";

    public override string HelpHeading => "What NetworkBot can do";

    public override string HelpIntro => "I help you find study sessions, meetups and symposiums, sign up, and stay informed.";

    public override IReadOnlyList<string> HelpMemberLines =>
    [
        "- `/events [today|week|month] [kind] [prefecture]` upcoming events",
        "- `/event show 3` one event: time, place, seats, after-party",
        "- `/join 3` sign up (the waitlist when full)   `/join 3 party:yes` the after-party too",
        "- `/join 3 name:\"Taro Yamada\" affiliation:\"Example City\" email:taro@example.jp` with your registration details",
        "- `/join 3 form` fill in your registration details in a form",
        "- `/leave 3` cancel (the next person on the waitlist gets your seat)",
        "- `/remind 3 off` stop reminders for one event (`on` restarts them)   `/profile reminders off` stop all reminders",
        "- `/introduce` introduce yourself by answering a few questions (creates your profile and posts your introduction)",
        "- `/profile [name]` see a profile   `/profile edit` change yours   `/profile delete` erase it",
        "- `/members [prefecture] [sector] [keyword]` find members   `/members map` the 47-prefecture map",
        "- `/help` this overview",
    ];

    public override string HelpOrganizerHeading => "For organizers";

    public override IReadOnlyList<string> HelpOrganizerLines =>
    [
        "- `/event create` create an event (a form opens when no fields are given)",
        "- `/event create title:\"Town planning study\" start:\"2026-12-05 14:00\" doors:13:40 venue:\"Civic Center\" capacity:30 fee:free`",
        "- `/event edit 3 capacity:40` change an event (registrants hear about new times or places)",
        "- `/event cancel 3 reason:\"typhoon\"` call an event off (after a confirmation; registrants are told)",
        "- `/event attendees 3` attendees, waitlist and after-party lists",
        "- `/event reminders 3` how an event's reminders stand (sent, waiting, failed, turned off)",
        "- `/announce create channel:#general text:\"…\" at:\"2026-12-01 09:00\"` schedule an announcement (`repeat:\"weekly friday 18:00\"`, `repeat:\"monthly first monday 09:00\"` or `cron:\"0 0 9 ? * MON#1\"` to repeat)",
        "- `/announce list` scheduled announcements   `/announce cancel 2` cancel one",
    ];

    public override string HelpFooter => "Times are Japan time (JST).";

    public override string FormIntro(string title) =>
        $"{title}: I will ask one field at a time. An empty line skips an optional field; /cancel stops.";

    public override string FormFieldPrompt(string label, bool required, string? example, string? current)
    {
        var text = required ? $"{label} (required)" : $"{label} (optional)";
        if (current is not null) text += $" [now: {current}]";
        else if (example is not null) text += $" e.g. {example}";
        return text + " >";
    }

    public override string FormChoicesHint(IEnumerable<string> choices) => $"Choices: {string.Join(" / ", choices)}";

    public override string FormRequiredAgain => "This field is required. Please enter a value.";

    public override string FormCancelled => "Stopped. Nothing has been changed.";

    private static string Date(DateTime local) => local.ToString("ddd, MMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTime local) => local.ToString("H:mm", CultureInfo.InvariantCulture);
}
