using System.Text;
using System.Text.Json;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Reads a submitted modal's <c>state.values</c> (block id → element state) into key/value pairs, whatever the
/// element (text, selects, radio buttons, date and time pickers, checkboxes), and builds the command the form submits.
/// </summary>
public static class ViewSubmission
{
    internal static IReadOnlyList<KeyValuePair<string, string>> Values(ViewState? state)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (state?.Values is null) return values;
        foreach (var (blockId, actions) in state.Values)
        {
            if (actions is null) continue;
            var value = actions.Values.Select(Read).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (value is not null) values.Add(new(blockId, value.Trim()));
        }

        return values;
    }

    /// <summary><c>/event create</c> + <c>title:"…"</c> …; keys that are not option names are left out.</summary>
    public static string CommandLine(string submitCommand, IEnumerable<KeyValuePair<string, string>> values)
    {
        var line = new StringBuilder(submitCommand);
        foreach (var (key, value) in values)
        {
            if (!IsOptionKey(key)) continue;
            line.Append(' ').Append(key).Append(":\"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        return line.ToString();
    }

    private static string? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var name in new[] { "value", "selected_date", "selected_time", "selected_user", "selected_conversation", "selected_channel" })
        {
            if (element.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String) return text.GetString();
        }

        if (element.TryGetProperty("selected_date_time", out var instant) && instant.ValueKind == JsonValueKind.Number)
        {
            return instant.GetRawText();
        }

        if (element.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object
            && option.TryGetProperty("value", out var optionValue))
        {
            return optionValue.GetString();
        }

        if (element.TryGetProperty("selected_options", out var options) && options.ValueKind == JsonValueKind.Array)
        {
            return string.Join(",", options.EnumerateArray()
                .Select(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("value", out var v) ? v.GetString() : null)
                .OfType<string>());
        }

        return null;
    }

    private static bool IsOptionKey(string key) =>
        key.Length is > 0 and <= 64 && char.IsLetter(key[0]) && key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');
}
