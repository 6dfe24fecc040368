using System.Globalization;

namespace NetworkBot.Core.Announcements;

public enum RepeatFrequency
{
    Daily,
    Weekly,
    Monthly,
}

/// <summary>
/// A repetition organizers can say in words: every day, every Friday, the first Monday of each month
/// (<see cref="WeekOfMonth"/> 1–5, or -1 for the last), or a day of the month. Always at a time of day.
/// </summary>
public sealed record Repetition(
    RepeatFrequency Frequency,
    TimeSpan TimeOfDay,
    DayOfWeek? Weekday = null,
    int? WeekOfMonth = null,
    int? DayOfMonth = null)
{
    /// <summary>The same repetition as a Quartz cron expression (seconds first; weekdays 1 = Sunday … 7 = Saturday).</summary>
    public string ToCron()
    {
        var at = $"0 {TimeOfDay.Minutes.ToString(CultureInfo.InvariantCulture)} {TimeOfDay.Hours.ToString(CultureInfo.InvariantCulture)}";
        var weekday = Weekday is { } w ? ((int)w + 1).ToString(CultureInfo.InvariantCulture) : "?";
        return Frequency switch
        {
            RepeatFrequency.Daily => $"{at} * * ?",
            RepeatFrequency.Weekly => $"{at} ? * {weekday}",
            _ when DayOfMonth is { } day => $"{at} {day.ToString(CultureInfo.InvariantCulture)} * ?",
            _ when WeekOfMonth == -1 => $"{at} ? * {weekday}L",
            _ => $"{at} ? * {weekday}#{WeekOfMonth?.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}
