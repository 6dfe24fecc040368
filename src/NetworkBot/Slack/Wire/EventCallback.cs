using System.Text.Json;

namespace NetworkBot.Slack.Wire;

/// <summary>
/// An Events API body: <c>url_verification</c> (answer the challenge) or <c>event_callback</c> with the inner
/// <see cref="Event"/>, whose shape depends on its type (in <c>team_join</c> <c>user</c> is an object, in
/// <c>app_home_opened</c> a string), so it is kept as JSON and read per type.
/// </summary>
internal sealed class EventCallback
{
    public string? Type { get; init; }

    public string? TeamId { get; init; }

    public string? EnterpriseId { get; init; }

    public string? ApiAppId { get; init; }

    public string? EventId { get; init; }

    public long? EventTime { get; init; }

    public string? Challenge { get; init; }

    public JsonElement? Event { get; init; }

    public string? EventType =>
        Event is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;
}

internal sealed class TeamJoinEvent
{
    public SlackUser? User { get; init; }
}

internal sealed class AppHomeOpenedEvent
{
    public string? User { get; init; }

    public string? Channel { get; init; }

    /// <summary><c>home</c> or <c>messages</c>.</summary>
    public string? Tab { get; init; }
}
