using System.Globalization;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Events;

/// <summary>Reads an event id as members type it: <c>3</c>, <c>#3</c>, <c>３</c>.</summary>
public static class EventIds
{
    public static int? Parse(string? text)
    {
        if (text is null) return null;
        var normalized = WellFormedText.Normalize(text).Trim().TrimStart('#');
        return int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }
}
