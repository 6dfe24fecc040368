using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkBot.Slack.Wire;

/// <summary>How Slack's JSON is read and written: snake_case names, nulls left out, unknown fields ignored.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        // Japanese text is sent as is, not as \u escapes: a third of the bytes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static T Parse<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The JSON was null.");

    public static T Parse<T>(JsonElement element) =>
        element.Deserialize<T>(Options) ?? throw new JsonException("The JSON was null.");
}
