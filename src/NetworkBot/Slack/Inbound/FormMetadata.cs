using System.Text.Json;
using System.Text.Json.Serialization;
using NetworkBot.Slack.Rendering;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// What a modal remembers in its <c>private_metadata</c>: the command its submission runs, the channel it was opened
/// from and that interaction's <c>response_url</c> (to answer in the channel). Slack returns it untouched with the submission.
/// </summary>
public sealed record FormMetadata(
    [property: JsonPropertyName("c")] string Command,
    [property: JsonPropertyName("ch")] string? ChannelId,
    [property: JsonPropertyName("ru")] string? ResponseUrl)
{
    public string ToJson()
    {
        var json = JsonSerializer.Serialize(this);
        // Slack keeps at most 3,000 characters; the response URL is the part the bot can do without.
        return json.Length <= SlackLimits.PrivateMetadata ? json : JsonSerializer.Serialize(this with { ResponseUrl = null });
    }

    public static FormMetadata? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            var metadata = JsonSerializer.Deserialize<FormMetadata>(json);
            return metadata is { Command.Length: > 0 } ? metadata : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
