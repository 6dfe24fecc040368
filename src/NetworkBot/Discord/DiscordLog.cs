using System.Collections.Concurrent;

namespace NetworkBot.Discord;

/// <summary>
/// The Discord adapter's log lines. Nothing here logs tokens, signatures, bodies or member text. Input the bot does not
/// understand is logged once per kind, so a misbehaving client cannot flood the log.
/// </summary>
internal static partial class DiscordLog
{
    private static readonly ConcurrentDictionary<string, byte> Seen = new(StringComparer.Ordinal);

    /// <summary>Logs an unsupported or malformed input the first time its kind is seen, and at debug level after that.</summary>
    public static void Unsupported(ILogger logger, string kind)
    {
        if (Seen.TryAdd(kind, 0)) UnsupportedFirst(logger, kind);
        else UnsupportedAgain(logger, kind);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Discord: not supported or malformed input ({Kind}); answered politely. Further ones are logged at debug level")]
    private static partial void UnsupportedFirst(ILogger logger, string kind);

    [LoggerMessage(EventId = 304, Level = LogLevel.Debug, Message = "Discord: not supported or malformed input ({Kind}) again")]
    private static partial void UnsupportedAgain(ILogger logger, string kind);

    [LoggerMessage(EventId = 340, Level = LogLevel.Information, Message = "Discord Gateway: connected ({Mode})")]
    public static partial void GatewayConnected(ILogger logger, string mode);

    [LoggerMessage(EventId = 341, Level = LogLevel.Warning, Message = "Discord Gateway: connection ended ({Reason}); reconnecting in {DelaySeconds:0.#} s")]
    public static partial void GatewayReconnecting(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(EventId = 342, Level = LogLevel.Error, Message = "Discord Gateway: stopped for good ({Reason})")]
    public static partial void GatewayStopped(ILogger logger, string reason);

    [LoggerMessage(EventId = 343, Level = LogLevel.Information, Message = "Discord: greeted a newcomer ({Where})")]
    public static partial void Greeted(ILogger logger, string where);

    [LoggerMessage(EventId = 344, Level = LogLevel.Warning, Message = "Discord: could not greet a newcomer (status {Status}, code {Code}); set Discord:WelcomeChannelId for members whose DMs are closed")]
    public static partial void GreetingFailed(ILogger logger, int status, int code);

    [LoggerMessage(EventId = 345, Level = LogLevel.Warning, Message = "Discord: finishing a deferred reply failed (status {Status}, code {Code})")]
    public static partial void DeferredReplyFailed(ILogger logger, int status, int code);

    [LoggerMessage(EventId = 346, Level = LogLevel.Warning, Message = "Discord: refused an interaction request with a missing or wrong signature. Further ones are logged at debug level")]
    public static partial void BadSignatureFirst(ILogger logger);

    [LoggerMessage(EventId = 347, Level = LogLevel.Debug, Message = "Discord: refused an interaction request with a missing or wrong signature")]
    public static partial void BadSignatureAgain(ILogger logger);

    [LoggerMessage(EventId = 348, Level = LogLevel.Error, Message = "Discord: answering an interaction failed; the member was sent an apology")]
    public static partial void ProcessingFailed(ILogger logger, Exception exception);

    public static void BadSignature(ILogger logger)
    {
        if (Seen.TryAdd("signature", 0)) BadSignatureFirst(logger);
        else BadSignatureAgain(logger);
    }
}
