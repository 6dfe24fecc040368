using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Http;

/// <summary>
/// Reads verified Slack request bodies into wire types: slash commands (form fields), interactivity (a form whose
/// <c>payload</c> field is JSON) and Events API bodies (JSON). A body that cannot be read gives null and the reason.
/// </summary>
internal static class SlackPayloads
{
    public static (SlashCommand? Command, string? Problem) ReadSlashCommand(byte[] body)
    {
        var form = ReadForm(body);
        var command = new SlashCommand
        {
            TeamId = Field(form, "team_id"),
            TeamDomain = Field(form, "team_domain"),
            EnterpriseId = Field(form, "enterprise_id"),
            ChannelId = Field(form, "channel_id"),
            ChannelName = Field(form, "channel_name"),
            UserId = Field(form, "user_id"),
            UserName = Field(form, "user_name"),
            Command = Field(form, "command"),
            Text = Field(form, "text") ?? "",
            ResponseUrl = Field(form, "response_url"),
            TriggerId = Field(form, "trigger_id"),
            ApiAppId = Field(form, "api_app_id"),
        };
        return command.IsComplete ? (command, null) : (null, "slash command without a well-formed team_id, user_id or command");
    }

    /// <summary>Slack's connectivity check for slash command URLs (<c>ssl_check=1</c>), answered with a plain 200.</summary>
    public static bool IsSslCheck(byte[] body) => Field(ReadForm(body), "ssl_check") == "1";

    public static (InteractionPayload? Payload, string? Problem) ReadInteraction(byte[] body)
    {
        var json = Field(ReadForm(body), "payload");
        if (string.IsNullOrWhiteSpace(json)) return (null, "interaction without a payload field");
        return ReadJson<InteractionPayload>(json, p => p.Type is { Length: > 0 }, "interaction payload");
    }

    public static (EventCallback? Event, string? Problem) ReadEvent(byte[] body)
    {
        string json;
        try
        {
            json = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return (null, "event body is not UTF-8");
        }

        return ReadJson<EventCallback>(json, e => e.Type is { Length: > 0 }, "event body");
    }

    public static (T? Value, string? Problem) ReadJson<T>(string json, Func<T, bool> isComplete, string what)
        where T : class
    {
        try
        {
            var value = SlackJson.Parse<T>(json);
            return isComplete(value) ? (value, null) : (null, $"{what} without a type");
        }
        catch (JsonException)
        {
            return (null, $"{what} is not valid JSON of the expected shape");
        }
    }

    private static Dictionary<string, StringValues> ReadForm(byte[] body) => QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    private static string? Field(Dictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
}
