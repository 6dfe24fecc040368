using NetworkBot.Core.Events;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Core.Localization;

public abstract partial class Texts
{
    // Reminders as members receive them
    public abstract string Reminder(ReminderDetails details);

    public abstract string PartyReminderLine(DateTime? start, string? venue);

    public abstract string WaitlistNote(int eventId, string title, int position);

    public abstract string ChannelDayBefore(string title);

    public abstract string LateNote(DateTime dueLocal);

    public abstract string ButtonStopReminders { get; }

    // Turning reminders off and on
    public abstract string InvalidOnOff(string text, string example);

    public abstract string ProfileRemindersStatus(bool allOff, int mutedEvents);

    public abstract string ProfileRemindersOff { get; }

    public abstract string ProfileRemindersOn(int mutedEvents);

    public abstract string EventRemindersOff(int eventId, string title);

    public abstract string EventRemindersOn(int eventId, string title, bool allOff);

    // /event reminders
    public abstract string ReminderStatusHeading(int eventId, string title);

    public abstract string RemindersTurnedOffForEvent(int eventId);

    public abstract string NoRemindersPlanned { get; }

    public abstract string ReminderLabel(TimeSpan offset, bool toGoing, bool dayBefore);

    public abstract string ReminderStatusLine(string label, string due, ScheduledSendStatus status, DeliveryCounts counts);

    public abstract string FailedDeliveryLine(string recipient, string reason, bool willRetry);

    public abstract string ReminderStatusFooter(int eventId);
}
