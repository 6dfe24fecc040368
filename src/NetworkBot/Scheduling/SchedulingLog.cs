using NetworkBot.Core.Scheduling;

namespace NetworkBot.Scheduling;

/// <summary>What scheduling logs: kinds, ids and times, never a member or a message's text.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Scheduling started: {Late} send(s) due while the bot was down went out late, {Missed} were too late and skipped")]
    public static partial void Started(ILogger logger, int late, int missed);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "{Kind} {SourceId} due {DueAt:u} fell due while the bot was down; sent late")]
    public static partial void SentLate(ILogger logger, ScheduledSendKind kind, int sourceId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "{Kind} {SourceId} due {DueAt:u} fell due while the bot was down and is past the grace of {Grace}; skipped")]
    public static partial void Missed(ILogger logger, ScheduledSendKind kind, int sourceId, DateTimeOffset dueAt, TimeSpan grace);

    [LoggerMessage(EventId = 43, Level = LogLevel.Warning, Message = "{Kind} delivery for {SourceId} failed ({Reason}), attempt {Attempts}; trying again at {NextAttemptAt:u}")]
    public static partial void DeliveryWillRetry(ILogger logger, string kind, int sourceId, string reason, int attempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 44, Level = LogLevel.Warning, Message = "{Kind} delivery for {SourceId} failed ({Reason}) after {Attempts} attempt(s); given up")]
    public static partial void DeliveryFailed(ILogger logger, string kind, int sourceId, string reason, int attempts);

    [LoggerMessage(EventId = 45, Level = LogLevel.Warning, Message = "{Kind} delivery for {SourceId} due {DueAt:u} was still unsent past the grace period; skipped")]
    public static partial void DeliveryTooLate(ILogger logger, string kind, int sourceId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 46, Level = LogLevel.Error, Message = "The outbox sender stopped on an unexpected error; it starts again shortly")]
    public static partial void SenderFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 47, Level = LogLevel.Error, Message = "Reminders for event {EventId} could not be planned again now; they will be at the next start")]
    public static partial void ReplanFailed(ILogger logger, Exception exception, int eventId);

    [LoggerMessage(EventId = 48, Level = LogLevel.Warning, Message = "{Count} delivery(ies) were being sent when the bot last stopped; they are sent again now (a platform may already have them)")]
    public static partial void ClaimsReleased(ILogger logger, int count);
}
