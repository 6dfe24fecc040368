using NetworkBot.Core.Localization;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Announcements;

/// <summary>How an announcement's timing is put in words: a date, a repetition, or the cron expression as given.</summary>
public static class AnnouncementDescriptions
{
    public static string When(Announcement a, Texts texts, BotSettings settings)
    {
        if (a.At is { } at) return texts.Once(texts.DateTime(settings.ToLocal(at)));
        if (a.RepeatText is { } repeatText && RepetitionInput.Parse(repeatText) is { } repetition) return texts.Repeats(repetition);
        return texts.CronSchedule(a.Cron ?? "");
    }
}
