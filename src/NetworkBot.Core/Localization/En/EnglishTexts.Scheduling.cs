using System.Globalization;
using NetworkBot.Core.Events;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string Reminder(ReminderDetails d)
    {
        var where = d.Venue ?? (d.OnlineUrl is not null ? "online" : null);
        var lines = new List<string>();
        if (d.Offset >= TimeSpan.FromDays(2))
        {
            var when = d.Offset == TimeSpan.FromDays(7) ? "next week" : $"in {(int)d.Offset.TotalDays} days";
            lines.Add($"Reminder: \"{d.Title}\" is {when}, on {Date(d.Start)}.");
            lines.Add($"📅 {d.When}");
        }
        else if (d.Offset >= TimeSpan.FromHours(20))
        {
            lines.Add($"Reminder: \"{d.Title}\" is tomorrow!");
            lines.Add($"📅 {d.When}");
        }
        else
        {
            lines.Add(d.Offset <= TimeSpan.FromHours(2)
                ? $"Reminder: \"{d.Title}\" starts soon, at {Time(d.Start)}" + (d.Doors is { } doors ? $" (doors open {Time(doors)})." : ".")
                : $"Reminder: \"{d.Title}\" is on {Date(d.Start)} at {Time(d.Start)} JST.");
        }

        if (where is not null) lines.Add($"📍 {where}");
        if (d.Venue is not null && d.Offset < TimeSpan.FromHours(20)) lines.Add("Please give your name at reception.");
        if (d.OnlineUrl is not null && d.Offset < TimeSpan.FromDays(2)) lines.Add($"Joining online: {d.OnlineUrl}");
        if (d.PartyLine is not null) lines.Add(d.PartyLine);
        lines.Add(d.Offset >= TimeSpan.FromDays(2)
            ? $"If your plans changed, please cancel early with /leave {d.EventId} so someone on the waitlist gets your seat."
            : $"If you can no longer come, please let us know with /leave {d.EventId}.");
        return string.Join("\n", lines);
    }

    public override string PartyReminderLine(DateTime? start, string? venue) => (start, venue) switch
    {
        ({ } s, { } v) => $"The after-party starts at {Time(s)} at {v}.",
        ({ } s, null) => $"The after-party starts at {Time(s)}.",
        (null, { } v) => $"The after-party is at {v}.",
        _ => "You are also coming to the after-party.",
    };

    public override string WaitlistNote(int eventId, string title, int position) =>
        $"Waitlist update: for \"{title}\" tomorrow you are number {position} on the waitlist. We will tell you right away if a seat opens.\n"
        + $"If you can no longer come, /leave {eventId} takes you off the waitlist.";

    public override string ChannelDayBefore(string title) => $"Tomorrow: \"{title}\"! See you there, and safe travels.";

    public override string LateNote(DateTime dueLocal) =>
        $"Note: the bot was offline, so this message planned for {Date(dueLocal)}, {Time(dueLocal)} JST arrives late.";

    public override string ButtonStopReminders => "Stop reminders for this event";

    public override string InvalidOnOff(string text, string example) =>
        (text.Length == 0 ? "Please say on or off. " : $"Please answer with on or off (got \"{text}\"). ") + $"Example: `{example}`";

    public override string ProfileRemindersStatus(bool allOff, int mutedEvents) =>
        (allOff
            ? "Event reminders are off for you. Turn them back on with `/profile reminders on`."
            : "You get reminders for the events you signed up for (a week, a day and an hour before, for example). Turn them off with `/profile reminders off`.")
        + (mutedEvents > 0 ? $"\nReminders are off for {mutedEvents} single event(s) (`/remind ID on` turns them back on)." : "");

    public override string ProfileRemindersOff =>
        "Event reminders are now off. You will still hear about promotions from the waitlist, changes and cancellations.\nTurn them back on with `/profile reminders on`.";

    public override string ProfileRemindersOn(int mutedEvents) =>
        "Event reminders are back on." + (mutedEvents > 0 ? $" They stay off for {mutedEvents} single event(s) (`/remind ID on` turns them back on)." : "");

    public override string EventRemindersOff(int eventId, string title) =>
        $"Reminders for \"{title}\" are off. Turn them back on with `/remind {eventId} on`.";

    public override string EventRemindersOn(int eventId, string title, bool allOff) =>
        $"Reminders for \"{title}\" are back on."
        + (allOff ? " You have turned all reminders off, though, so none will arrive until you use `/profile reminders on`." : "");

    public override string ReminderStatusHeading(int eventId, string title) => $"#{eventId} {title}: reminders";

    public override string RemindersTurnedOffForEvent(int eventId) =>
        $"This event sends no reminders. To send them: `/event edit {eventId} reminders:\"7d,1d,1h\"`";

    public override string NoRemindersPlanned => "No reminders are planned (a reminder whose time had passed when it was set is not sent).";

    public override string ReminderLabel(TimeSpan offset, bool toGoing, bool dayBefore) =>
        (toGoing, dayBefore) switch
        {
            (true, true) => $"{OffsetWords(offset)} reminder + waitlist note and channel post",
            (true, false) => $"{OffsetWords(offset)} reminder",
            _ => "Day-before waitlist note and channel post",
        };

    public override string ReminderStatusLine(string label, string due, ScheduledSendStatus status, DeliveryCounts counts) => status switch
    {
        ScheduledSendStatus.Planned => $"**{label}** ({due}): planned",
        ScheduledSendStatus.Missed => $"**{label}** ({due}): not sent, its time passed while the bot was offline",
        _ => $"**{label}** ({due}): sent {counts.Sent}, waiting {counts.Pending}, failed {counts.Failed}, reminders off {counts.OptedOut}"
            + (counts.OtherwiseSkipped > 0 ? $", no longer applicable {counts.OtherwiseSkipped}" : ""),
    };

    public override string FailedDeliveryLine(string recipient, string reason, bool willRetry) =>
        $"- {recipient}: {ReasonWords(reason)}" + (willRetry ? " (will try again)" : "");

    public override string ReminderStatusFooter(int eventId) =>
        $"Members can turn reminders off for this event with `/remind {eventId} off`, or for all events with `/profile reminders off`.";

    private static string ReasonWords(string reason) => reason switch
    {
        "member-unreachable" => "cannot receive direct messages (left, or DMs closed)",
        "channel-unreachable" => "the channel cannot be posted to",
        "platform-unavailable" => "the bot is not connected to that platform right now",
        "rate-limited" => "the platform's rate limit was hit",
        _ => "a temporary error",
    };

    private static string OffsetWords(TimeSpan offset) =>
        offset.TotalDays >= 1 && offset.TotalDays % 1 == 0 ? Plural((int)offset.TotalDays, "day")
        : offset.TotalHours >= 1 && offset.TotalHours % 1 == 0 ? Plural((int)offset.TotalHours, "hour")
        : Plural((int)offset.TotalMinutes, "minute");

    private static string Plural(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");
}
