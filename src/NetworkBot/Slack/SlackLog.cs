namespace NetworkBot.Slack;

/// <summary>
/// The Slack adapter's log lines. They name methods, error codes and reasons, never tokens, signatures, bodies,
/// member names or message text.
/// </summary>
internal static partial class SlackLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Slack request to {Path} refused with {Status}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, int status, string reason);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error}")]
    public static partial void ApiFailed(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Slack {Method} could not be reached: {Reason}")]
    public static partial void ApiUnreachable(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 503, Level = LogLevel.Information, Message = "Slack {Method} rate limited; waiting {Seconds:0.#} s (attempt {Attempt})")]
    public static partial void ApiRateLimited(ILogger logger, string method, double seconds, int attempt);

    [LoggerMessage(EventId = 504, Level = LogLevel.Warning, Message = "Slack users.info failed ({Error}); answering in the default language")]
    public static partial void MemberLookupFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 505, Level = LogLevel.Error, Message = "Slack follow-up \"{What}\" failed")]
    public static partial void FollowUpFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(EventId = 506, Level = LogLevel.Warning, Message = "Slack shut down with {Count} follow-up(s) unfinished")]
    public static partial void FollowUpsAbandoned(ILogger logger, int count);

    [LoggerMessage(EventId = 507, Level = LogLevel.Information, Message = "Slack reply via {Way} failed ({Error}); trying the next way")]
    public static partial void DeliveryFellBack(ILogger logger, string way, string error);

    [LoggerMessage(EventId = 508, Level = LogLevel.Warning, Message = "A message for Slack was not delivered: Slack is not configured here")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(EventId = 509, Level = LogLevel.Debug, Message = "Slack interaction of type {Type} acknowledged and not used")]
    public static partial void InteractionIgnored(ILogger logger, string type);

    [LoggerMessage(EventId = 510, Level = LogLevel.Debug, Message = "Slack event of type {Type} not used")]
    public static partial void EventIgnored(ILogger logger, string type);

    [LoggerMessage(EventId = 511, Level = LogLevel.Information, Message = "Slack event delivered again (retry {Retry}); already handled")]
    public static partial void EventRepeated(ILogger logger, string retry);

    [LoggerMessage(EventId = 512, Level = LogLevel.Warning, Message = "Slack says the app's Events API deliveries are rate limited")]
    public static partial void EventsRateLimited(ILogger logger);

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Slack Socket Mode connected")]
    public static partial void SocketConnected(ILogger logger);

    [LoggerMessage(EventId = 521, Level = LogLevel.Information, Message = "Slack Socket Mode asked to reconnect ({Reason})")]
    public static partial void SocketDisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(EventId = 522, Level = LogLevel.Warning, Message = "Slack Socket Mode connection dropped; reconnecting")]
    public static partial void SocketDropped(ILogger logger);

    [LoggerMessage(EventId = 523, Level = LogLevel.Warning, Message = "Slack Socket Mode connection failed ({Error}); next try in {Seconds:0} s")]
    public static partial void SocketFailed(ILogger logger, string error, double seconds);

    [LoggerMessage(EventId = 524, Level = LogLevel.Warning, Message = "Slack Socket Mode envelope {Type} refused: {Reason}")]
    public static partial void EnvelopeRefused(ILogger logger, string type, string reason);

    [LoggerMessage(EventId = 525, Level = LogLevel.Error, Message = "Slack Socket Mode envelope {Type} failed; acknowledged without a reply")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string type);

    [LoggerMessage(EventId = 526, Level = LogLevel.Warning, Message = "Slack Socket Mode acknowledgement for {Type} not sent ({Error})")]
    public static partial void AckFailed(ILogger logger, string type, string error);

    [LoggerMessage(EventId = 527, Level = LogLevel.Warning, Message = "Slack Socket Mode frame of {Length} characters could not be read")]
    public static partial void FrameUnreadable(ILogger logger, int length);
}
