using System.Text.Json.Nodes;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// What goes back to Slack at once: an HTTP 200 body, or the payload of a Socket Mode acknowledgement. An empty
/// body acknowledges only; <see cref="Rejected"/> says why a payload could not be handled (HTTP answers 400).
/// <see cref="BodyUtf8Json"/>, when given, is the body already written out; such an answer may be shared by several
/// requests, so its <see cref="Body"/> is only read, never attached elsewhere.
/// </summary>
public sealed record SlackAck(JsonObject? Body, string? Rejected = null, byte[]? BodyUtf8Json = null)
{
    public static readonly SlackAck Empty = new((JsonObject?)null);

    public static SlackAck Reject(string why) => new(null, why);
}

/// <summary>Who did something in Slack, and where.</summary>
public sealed record SlackInvoker(string TeamId, string UserId, string? UserName, string? ChannelId)
{
    public string? ChannelRefId => ChannelId is null ? null : SlackIds.Channel(TeamId, ChannelId);
}
