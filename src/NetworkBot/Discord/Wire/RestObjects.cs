using System.Text.Json;

namespace NetworkBot.Discord.Wire;

/// <summary>GET /gateway/bot.</summary>
internal sealed class GatewayBotInfo
{
    public string Url { get; set; } = "";

    public int Shards { get; set; }
}

/// <summary>A channel (here: the DM channel Discord opens for a user).</summary>
internal sealed class Channel
{
    public string Id { get; set; } = "";
}

internal sealed class CreatedMessage
{
    public string Id { get; set; } = "";
}

internal sealed record CreateDmRequest(string RecipientId);

/// <summary>Discord's error body: <c>{"code": 50007, "message": "…", "errors": …}</c>.</summary>
internal sealed class ErrorBody
{
    public int Code { get; set; }

    public string? Message { get; set; }

    public JsonElement? Errors { get; set; }
}

/// <summary>The body of a 429.</summary>
internal sealed class RateLimitBody
{
    public double? RetryAfter { get; set; }

    public bool? Global { get; set; }
}
