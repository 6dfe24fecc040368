using System.Text.Json;

namespace NetworkBot.Slack.Wire;

/// <summary>
/// One Socket Mode frame from Slack: <c>hello</c>, <c>disconnect</c> (with a reason), or an envelope of type
/// <c>slash_commands</c>, <c>interactive</c> or <c>events_api</c> whose <see cref="EnvelopeId"/> must be acknowledged.
/// </summary>
internal sealed class SocketEnvelope
{
    public string? Type { get; init; }

    public string? EnvelopeId { get; init; }

    public JsonElement? Payload { get; init; }

    public bool AcceptsResponsePayload { get; init; }

    public int? RetryAttempt { get; init; }

    public string? RetryReason { get; init; }

    /// <summary>Why a <c>disconnect</c> came: <c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c>, <c>too_many_websockets</c>.</summary>
    public string? Reason { get; init; }
}
