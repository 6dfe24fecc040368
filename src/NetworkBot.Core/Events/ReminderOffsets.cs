using System.Globalization;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Events;

/// <summary>Reads reminder offsets such as <c>7d,1d,1h</c> (also <c>3日,1時間,30分</c>); <c>none</c> turns them off.</summary>
public static class ReminderOffsets
{
    public static List<TimeSpan>? Parse(string text)
    {
        var normalized = WellFormedText.Normalize(text).Trim().ToLowerInvariant();
        if (normalized is "none" or "なし" or "off") return [];
        var offsets = new List<TimeSpan>();
        foreach (var part in normalized.Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var (number, unit) = Split(part);
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0) return null;
            TimeSpan? offset = unit switch
            {
                "d" or "日" or "日前" => TimeSpan.FromDays(amount),
                "h" or "時間" or "時間前" => TimeSpan.FromHours(amount),
                "m" or "分" or "分前" => TimeSpan.FromMinutes(amount),
                _ => null,
            };
            if (offset is null || offset > TimeSpan.FromDays(60)) return null;
            offsets.Add(offset.Value);
        }

        return offsets.Count == 0 ? null : offsets.Distinct().OrderDescending().ToList();
    }

    public static string Format(IEnumerable<TimeSpan> offsets) =>
        string.Join(",", offsets.Select(o => o.TotalDays >= 1 && o.TotalDays % 1 == 0 ? $"{o.TotalDays:0}d"
            : o.TotalHours >= 1 && o.TotalHours % 1 == 0 ? $"{o.TotalHours:0}h" : $"{o.TotalMinutes:0}m"));

    private static (string Number, string Unit) Split(string part)
    {
        var i = 0;
        while (i < part.Length && char.IsAsciiDigit(part[i])) i++;
        return (part[..i], part[i..]);
    }
}
