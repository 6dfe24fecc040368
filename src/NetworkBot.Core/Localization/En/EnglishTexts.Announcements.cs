using System.Globalization;
using NetworkBot.Core.Announcements;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    public override string AnnounceCreateExample =>
        "/announce create channel:#general text:\"Sign-up for this month's study session is open\" repeat:\"monthly first monday 09:00\"";

    public override string AnnouncementChannelMissing => "Please name the channel to post in (channel). Example: channel:#general";

    public override string InvalidChannel(string text) => $"I could not read \"{text}\" as a channel. Example: channel:#general";

    public override string UnknownChannel(string channel, IReadOnlyList<string> suggestions) =>
        $"I could not find the channel {channel}." + (suggestions.Count > 0 ? $" Channels I can post in: {string.Join(", ", suggestions)}" : "");

    public override string AnnouncementTextMissing => "Please give the text to post (text). Example: text:\"Study session tomorrow!\"";

    public override string AnnouncementTextTooLong(int maxLength) => $"The text can be at most {maxLength} characters.";

    public override string AnnouncementWhenMissing =>
        "Please say when to post with exactly one of at (once), repeat or cron. Example: at:\"2026-12-01 09:00\" or repeat:\"weekly friday 18:00\"";

    public override string AnnouncementWhenTooMany => "Please use only one of at, repeat and cron.";

    public override string InvalidAnnounceAt(string text) =>
        $"I could not read \"{text}\" as a date and time. Example: at:\"2026-12-01 09:00\" (2026/12/1 9:00 works too)";

    public override string AnnounceAtInPast(string text) => $"\"{text}\" has already passed. Please choose a time in the future.";

    public override string InvalidRepeat(string text) =>
        $"I could not read the repetition \"{text}\". Examples: repeat:\"daily 09:00\", repeat:\"weekly friday 18:00\", repeat:\"monthly first monday 09:00\", repeat:\"monthly 15 09:00\" (or in Japanese: 毎週金曜 18:00)";

    public override string RepeatNeedsTime(string text) => $"Please add the time of day to \"{text}\". Example: repeat:\"{text} 09:00\"";

    public override string InvalidCron(string text, string reason) =>
        $"\"{text}\" is not a cron expression I can use ({reason}). Please use Quartz's format (seconds minutes hours day month weekday). Example: cron:\"0 0 9 ? * MON#1\" (the first Monday of each month, 9:00)";

    public override string CronNeverFires(string text) => $"\"{text}\" never falls in the future, so nothing would be posted.";

    public override string AnnouncementScheduled(int id, string channel, IReadOnlyList<string> nextTimes) =>
        nextTimes.Count == 1
            ? $"Announcement scheduled (number {id}). It will be posted in {channel} on {nextTimes[0]} JST."
            : $"Announcement scheduled (number {id}). It will be posted in {channel}, next on (JST):\n" + string.Join("\n", nextTimes.Select(t => "- " + t));

    public override string LabelAnnouncementWhen => "When";

    public override string LabelAnnouncementText => "Text";

    public override string ButtonCancelAnnouncement => "Cancel it";

    public override string Once(string when) => $"{when} JST (once)";

    public override string Repeats(Repetition r)
    {
        var time = Time(System.DateTime.Today + r.TimeOfDay);
        var day = r.Weekday?.ToString() ?? "";
        return r.Frequency switch
        {
            RepeatFrequency.Daily => $"every day at {time} JST",
            RepeatFrequency.Weekly => $"every {day} at {time} JST",
            _ when r.DayOfMonth is { } d => $"on day {d.ToString(CultureInfo.InvariantCulture)} of each month at {time} JST",
            _ when r.WeekOfMonth == -1 => $"the last {day} of each month at {time} JST",
            _ => $"the {Ordinals[Math.Clamp((r.WeekOfMonth ?? 1) - 1, 0, 4)]} {day} of each month at {time} JST",
        };
    }

    public override string CronSchedule(string cron) => $"cron: {cron} (JST)";

    public override string NoAnnouncements => "No announcements are scheduled. /announce create schedules one.";

    public override string AnnouncementsHeading(int count) => $"Scheduled announcements ({count})";

    public override string AnnouncementListEntry(int id, string channel, string when, string next, string preview) =>
        $"**#{id}** {channel}, {when}\nNext: {next}\n{preview}";

    public override string AnnouncementIdMissing(string usage) => $"Please give the announcement's number. Example: `{usage}` (see /announce list)";

    public override string AnnouncementIdInvalid(string text, string usage) =>
        $"\"{text}\" is not an announcement number. Example: `{usage}` (see /announce list)";

    public override string AnnouncementNotFound(int id) => $"There is no announcement number {id}. /announce list shows them.";

    public override string AnnouncementAlreadyCancelled(int id) => $"Announcement {id} was already cancelled.";

    public override string AnnouncementCancelled(int id) => $"Announcement {id} is cancelled; nothing more of it will be posted.";
}
