using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace NetworkBot.Tests.Permissions;

/// <summary>
/// What a person would read in a body the bot sent: the raw text plus every string inside it once JSON and form
/// encoding are undone (Japanese arrives as <c>\uXXXX</c> escapes, an <c>@</c> in a form as <c>%40</c>).
/// </summary>
internal static class VisibleText
{
    public static string Of(string body)
    {
        var text = new StringBuilder(body).Append('\n');
        AppendJsonStrings(body, text);
        if (!body.TrimStart().StartsWith('{') && body.Contains('='))
        {
            foreach (var (_, values) in QueryHelpers.ParseQuery(body))
            {
                foreach (var value in values)
                {
                    text.Append(value).Append('\n');
                    AppendJsonStrings(value ?? "", text);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendJsonStrings(string json, StringBuilder text)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            Append(document.RootElement, text);
        }
        catch (JsonException)
        {
            // Not JSON: the raw text is already there.
        }
    }

    private static void Append(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var value = element.GetString() ?? "";
                text.Append(value).Append('\n');
                // Block Kit nests whole views as JSON strings (private_metadata), and so may a future payload.
                if (value.StartsWith('{')) AppendJsonStrings(value, text);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Append(property.Value, text);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Append(item, text);
                break;
        }
    }
}
