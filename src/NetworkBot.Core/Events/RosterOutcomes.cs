namespace NetworkBot.Core.Events;

/// <summary>Registrations to save and members to tell that they moved up.</summary>
public sealed record RosterChange(IReadOnlyList<Registration> Changed, IReadOnlyList<Promotion> Promotions)
{
    public static readonly RosterChange None = new([], []);
}

/// <summary>A member who moved up from a waitlist, to the event itself or to its after-party.</summary>
public sealed record Promotion(Registration Registration, bool ToParty);

public enum JoinResult
{
    Going,
    Waitlisted,
    AlreadyRegistered,
    Closed,
    NoAfterParty,
}

public sealed record JoinOutcome(
    JoinResult Result,
    Registration? Registration,
    int? WaitlistPosition,
    int? PartyWaitlistPosition,
    bool PartyChanged,
    RegistrationClosedReason? ClosedReason,
    RosterChange Change)
{
    public static JoinOutcome Closed(RegistrationClosedReason reason) =>
        new(JoinResult.Closed, null, null, null, false, reason, RosterChange.None);

    public static JoinOutcome NoAfterParty() =>
        new(JoinResult.NoAfterParty, null, null, null, false, null, RosterChange.None);
}

public enum LeaveResult
{
    Left,
    NotRegistered,
    EventStarted,
    EventCancelled,
}

public sealed record LeaveOutcome(LeaveResult Result, Registration? Registration, RosterChange Change);
