namespace NetworkBot.Core.Events;

/// <summary>
/// A study session, meetup or symposium. Instants are UTC; they are read and shown in the bot's time zone.
/// Capacity null means unlimited; fee null means not stated and 0 means free.
/// </summary>
public sealed record Event
{
    public int Id { get; init; }

    public required string Title { get; init; }

    public EventKind Kind { get; init; }

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public DateTimeOffset? DoorsOpen { get; init; }

    public string? Venue { get; init; }

    public string? OnlineUrl { get; init; }

    public int? Capacity { get; init; }

    public int? FeeYen { get; init; }

    public AfterParty? AfterParty { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public string? PrefectureCode { get; init; }

    /// <summary>Offsets before the start at which registrants are reminded; null means the bot's default.</summary>
    public List<TimeSpan>? ReminderOffsets { get; init; }

    public bool IsCancelled { get; init; }

    public string? CancelReason { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>The channel the event was created in; announcements about it go there.</summary>
    public string? ChannelId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the event is over: its end, or its start when no end was given.</summary>
    public DateTimeOffset EndOrStart => End ?? Start;

    /// <summary>Why registration is closed at <paramref name="now"/>, or null when it is open.</summary>
    public RegistrationClosedReason? ClosedReason(DateTimeOffset now) =>
        IsCancelled ? RegistrationClosedReason.Cancelled
        : now >= Start ? RegistrationClosedReason.Started
        : Deadline is { } deadline && now > deadline ? RegistrationClosedReason.DeadlinePassed
        : null;
}

/// <summary>The 懇親会: its own start, venue, capacity, fee and waitlist.</summary>
public sealed record AfterParty
{
    public DateTimeOffset? Start { get; init; }

    public string? Venue { get; init; }

    public int? Capacity { get; init; }

    public int? FeeYen { get; init; }
}

public enum RegistrationClosedReason
{
    Cancelled,
    Started,
    DeadlinePassed,
}
