using System.Net;

namespace NetworkBot.Discord.Rest;

/// <summary>Discord answered a request with an error: the HTTP status and Discord's JSON error code (50007 = cannot DM this user).</summary>
public sealed class DiscordApiException(HttpStatusCode status, int code, string route, string? detail)
    : Exception($"Discord answered {(int)status} (code {code}) to {route}{(detail is null ? "" : ": " + detail)}")
{
    public const int CannotSendMessagesToUser = 50007;

    public HttpStatusCode Status { get; } = status;

    public int Code { get; } = code;
}

/// <summary>The client refused to send, to keep the bot clear of Discord's ban for invalid requests or after the token was refused.</summary>
public sealed class DiscordRequestRefusedException(string reason) : Exception(reason);
