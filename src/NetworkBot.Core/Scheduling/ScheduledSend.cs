namespace NetworkBot.Core.Scheduling;

/// <summary>
/// One moment at which something is due to go out: an event's reminder (for example a day before) or one occurrence
/// of an announcement. Derived from the event or announcement and stored, so that after a restart the bot knows what
/// fell due while it was down. The id names it, with its due time: <c>event:37/reminder:1d@2026-12-04T05:00Z</c>.
/// </summary>
public sealed record ScheduledSend
{
    public required string Id { get; init; }

    public ScheduledSendKind Kind { get; init; }

    /// <summary>The event or announcement id.</summary>
    public int SourceId { get; init; }

    /// <summary>For event reminders: how long before the start.</summary>
    public TimeSpan? Offset { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public ScheduledSendStatus Status { get; init; }

    /// <summary>When it was turned into deliveries, or found missed.</summary>
    public DateTimeOffset? HandledAt { get; init; }
}

public enum ScheduledSendKind
{
    EventReminder,
    Announcement,
}

public enum ScheduledSendStatus
{
    /// <summary>Waiting for its time; a trigger is set.</summary>
    Planned,

    /// <summary>Its deliveries are in the outbox.</summary>
    Fired,

    /// <summary>It fell due while the bot was down and too long ago to be worth sending.</summary>
    Missed,
}
