using NetworkBot.Core.Announcements;

namespace NetworkBot.Core.Localization;

public abstract partial class Texts
{
    public abstract string AnnounceCreateExample { get; }

    public abstract string AnnouncementChannelMissing { get; }

    public abstract string InvalidChannel(string text);

    public abstract string UnknownChannel(string channel, IReadOnlyList<string> suggestions);

    public abstract string AnnouncementTextMissing { get; }

    public abstract string AnnouncementTextTooLong(int maxLength);

    public abstract string AnnouncementWhenMissing { get; }

    public abstract string AnnouncementWhenTooMany { get; }

    public abstract string InvalidAnnounceAt(string text);

    public abstract string AnnounceAtInPast(string text);

    public abstract string InvalidRepeat(string text);

    public abstract string RepeatNeedsTime(string text);

    public abstract string InvalidCron(string text, string reason);

    public abstract string CronNeverFires(string text);

    public abstract string AnnouncementScheduled(int id, string channel, IReadOnlyList<string> nextTimes);

    public abstract string LabelAnnouncementWhen { get; }

    public abstract string LabelAnnouncementText { get; }

    public abstract string ButtonCancelAnnouncement { get; }

    public abstract string Once(string when);

    public abstract string Repeats(Repetition repetition);

    public abstract string CronSchedule(string cron);

    public abstract string NoAnnouncements { get; }

    public abstract string AnnouncementsHeading(int count);

    public abstract string AnnouncementListEntry(int id, string channel, string when, string next, string preview);

    public abstract string AnnouncementIdMissing(string usage);

    public abstract string AnnouncementIdInvalid(string text, string usage);

    public abstract string AnnouncementNotFound(int id);

    public abstract string AnnouncementAlreadyCancelled(int id);

    public abstract string AnnouncementCancelled(int id);
}
