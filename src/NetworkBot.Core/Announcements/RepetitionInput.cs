using System.Text.RegularExpressions;
using NetworkBot.Core.Text;
using NetworkBot.Core.Time;

namespace NetworkBot.Core.Announcements;

/// <summary>
/// Reads a repetition as organizers type it, in English (<c>daily 09:00</c>, <c>weekly friday 18:00</c>,
/// <c>monthly first monday 09:00</c>, <c>monthly last friday 18:00</c>, <c>monthly 15 09:00</c>) or Japanese
/// (<c>毎日 9:00</c>, <c>毎週金曜 18:00</c>, <c>毎月第1月曜 9:00</c>, <c>毎月最終金曜 18時</c>, <c>毎月15日 9:00</c>).
/// </summary>
public static partial class RepetitionInput
{
    private static readonly string[] EnglishDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private const string JapaneseDays = "日月火水木金土";

    public static Repetition? Parse(string text)
    {
        var normalized = WellFormedText.Normalize(text).Trim().ToLowerInvariant();
        var timeMatch = TrailingTime().Match(normalized);
        if (!timeMatch.Success || DateTimeInput.ParseTimeOfDay(timeMatch.Groups["time"].Value) is not { } time) return null;
        var rule = normalized[..timeMatch.Index].Trim();
        return ParseJapanese(rule, time) ?? ParseEnglish(rule, time);
    }

    private static Repetition? ParseJapanese(string rule, TimeSpan time)
    {
        rule = rule.Replace(" ", "");
        if (rule is "毎日") return new Repetition(RepeatFrequency.Daily, time);
        if (JapaneseWeekly().Match(rule) is { Success: true } weekly)
        {
            return new Repetition(RepeatFrequency.Weekly, time, JapaneseDay(weekly.Groups["dow"].Value));
        }

        if (JapaneseNth().Match(rule) is { Success: true } nth)
        {
            var n = nth.Groups["last"].Success ? -1 : "1一2二3三4四5五".IndexOf(nth.Groups["n"].Value, StringComparison.Ordinal) / 2 + 1;
            return new Repetition(RepeatFrequency.Monthly, time, JapaneseDay(nth.Groups["dow"].Value), n);
        }

        if (JapaneseDayOfMonth().Match(rule) is { Success: true } day && int.Parse(day.Groups["d"].Value) is >= 1 and <= 31 and var d)
        {
            return new Repetition(RepeatFrequency.Monthly, time, DayOfMonth: d);
        }

        return null;
    }

    private static Repetition? ParseEnglish(string rule, TimeSpan time)
    {
        var words = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("on" or "at" or "of" or "the" or "each" or "month")).ToList();
        switch (words)
        {
            case ["daily"] or ["every", "day"]:
                return new Repetition(RepeatFrequency.Daily, time);
            case [var every, var day] when every is "weekly" or "every" && EnglishDay(day) is { } weekday:
                return new Repetition(RepeatFrequency.Weekly, time, weekday);
            case ["monthly", var nth, var day] when Ordinal(nth) is { } n && EnglishDay(day) is { } weekday:
                return new Repetition(RepeatFrequency.Monthly, time, weekday, n);
            case ["monthly", var dayText] when DayNumber().Match(dayText) is { Success: true } m && int.Parse(m.Groups["d"].Value) is >= 1 and <= 31 and var d:
                return new Repetition(RepeatFrequency.Monthly, time, DayOfMonth: d);
            default:
                return null;
        }
    }

    private static DayOfWeek JapaneseDay(string kanji) => (DayOfWeek)JapaneseDays.IndexOf(kanji, StringComparison.Ordinal);

    private static DayOfWeek? EnglishDay(string word)
    {
        if (word.Length < 3) return null;
        var index = Array.FindIndex(EnglishDays, d => d.StartsWith(word.TrimEnd('s'), StringComparison.Ordinal));
        return index < 0 ? null : (DayOfWeek)index;
    }

    private static int? Ordinal(string word) => word switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" => 4,
        "fifth" or "5th" => 5,
        "last" => -1,
        _ => null,
    };

    [GeneratedRegex(@"(?<=^|\D)(?<time>\d{1,2}(?::\d{2}|時(?:半|\d{1,2}分?)?))$")]
    private static partial Regex TrailingTime();

    [GeneratedRegex(@"^毎週(?<dow>[日月火水木金土])(曜日?)?$")]
    private static partial Regex JapaneseWeekly();

    [GeneratedRegex(@"^毎月(?:第(?<n>[1-5一二三四五])|(?<last>最終|最後の))(?<dow>[日月火水木金土])(曜日?)?$")]
    private static partial Regex JapaneseNth();

    [GeneratedRegex(@"^毎月(?<d>\d{1,2})日$")]
    private static partial Regex JapaneseDayOfMonth();

    [GeneratedRegex(@"^(?<d>\d{1,2})(st|nd|rd|th)?$")]
    private static partial Regex DayNumber();
}
