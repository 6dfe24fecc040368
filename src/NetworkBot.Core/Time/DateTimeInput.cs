using System.Globalization;
using System.Text.RegularExpressions;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Time;

/// <summary>
/// Reads the dates and times organizers type, in the bot's zone: <c>2026-12-05 14:00</c>, <c>2026/12/5 14:00</c>,
/// <c>12/5 14:00</c> (the next such date), <c>2026年12月5日 14:00</c>, <c>令和8年12月5日 14時</c>, with or without a
/// weekday in brackets, full-width digits welcome.
/// </summary>
public static partial class DateTimeInput
{
    private static readonly TimeSpan MaxPastMidnight = TimeSpan.FromHours(12);

    /// <summary>Reads a date with a time. With <paramref name="defaultTime"/>, a date alone is accepted too.</summary>
    public static DateTimeOffset? ParseDateTime(string text, DateTimeOffset now, TimeZoneInfo zone, TimeSpan? defaultTime = null)
    {
        var match = DateAndTime().Match(Normalize(text));
        if (!match.Success) return null;

        TimeSpan timeOfDay;
        if (match.Groups["time"].Success)
        {
            if (ReadTime(match) is not { } parsed) return null;
            timeOfDay = parsed;
        }
        else if (defaultTime is { } fallback)
        {
            timeOfDay = fallback;
        }
        else
        {
            return null;
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = ReadYear(match);
        if (year is null)
        {
            // No year: the next such date from today on; for 2/29 that may be up to four years away.
            var today = TimeZoneInfo.ConvertTime(now, zone).Date;
            year = Enumerable.Range(today.Year, 5)
                .FirstOrDefault(y => IsValidDate(y, month, day) && new DateTime(y, month, day) >= today, today.Year);
        }

        if (!IsValidDate(year.Value, month, day)) return null;
        var local = new DateTime(year.Value, month, day, 0, 0, 0, DateTimeKind.Unspecified) + timeOfDay;
        return ToInstant(local, zone);
    }

    /// <summary>Reads a time alone (<c>13:40</c>, <c>13時40分</c>) as a time of day.</summary>
    public static TimeSpan? ParseTimeOfDay(string text)
    {
        var match = TimeOnly().Match(Normalize(text));
        return match.Success ? ReadTime(match) : null;
    }

    /// <summary>
    /// Reads either a full date and time or a time alone; a time alone is taken on the day of
    /// <paramref name="anchor"/>, the next day when it would fall before it and the next day is at most
    /// 12 hours on (a party running past midnight). <c>end:13:00</c> for a 14:00 start stays before the
    /// start, so the caller can refuse it instead of silently making a 23-hour event.
    /// </summary>
    public static DateTimeOffset? ParseNear(string text, DateTimeOffset anchor, DateTimeOffset now, TimeZoneInfo zone, bool mayBeBefore)
    {
        if (ParseTimeOfDay(text) is { } timeOfDay)
        {
            var anchorLocal = TimeZoneInfo.ConvertTime(anchor, zone).DateTime;
            var candidate = ToInstant(anchorLocal.Date + timeOfDay, zone);
            var nextDay = ToInstant(anchorLocal.Date.AddDays(1) + timeOfDay, zone);
            if (!mayBeBefore && candidate < anchor && nextDay - anchor <= MaxPastMidnight) candidate = nextDay;
            return candidate;
        }

        return ParseDateTime(text, now, zone);
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static string Normalize(string text) =>
        WellFormedText.Normalize(text).Replace('〜', '~').Trim();

    private static int? ReadYear(Match match)
    {
        if (match.Groups["y"].Success) return int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["r"].Success) return null;
        var reiwa = match.Groups["r"].Value;
        return 2018 + (reiwa == "元" ? 1 : int.Parse(reiwa, CultureInfo.InvariantCulture));
    }

    private static TimeSpan? ReadTime(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minuteGroup = match.Groups["min"].Success ? match.Groups["min"] : match.Groups["min2"];
        var minute = minuteGroup.Success && minuteGroup.Value.Length > 0 ? int.Parse(minuteGroup.Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["half"].Success) minute = 30;
        if (hour > 23 || minute > 59) return null;
        return new TimeSpan(hour, minute, 0);
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private const string TimePattern = @"(?<h>\d{1,2})(?::(?<min>\d{2})|時(?:(?<half>半)|(?<min2>\d{1,2})分?)?)";

    [GeneratedRegex(@"^(?:(?<y>\d{4})\s*[-/.年]\s*|令和\s*(?<r>\d{1,2}|元)\s*年\s*)?(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?\s*(?:\([^)]*\)\s*)?(?:(?:T|\s)*(?<time>" + TimePattern + @"))?$")]
    private static partial Regex DateAndTime();

    [GeneratedRegex(@"^" + TimePattern + "$")]
    private static partial Regex TimeOnly();
}
