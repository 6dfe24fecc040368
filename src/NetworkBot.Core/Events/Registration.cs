using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Events;

/// <summary>
/// One member's registration for one event, with the symposium's fields. The id is the pair
/// (event, member), so a member can never hold two registrations for the same event.
/// Sequences record arrival order: the waitlist moves up in that order.
/// </summary>
public sealed record Registration
{
    public required string Id { get; init; }

    public int EventId { get; init; }

    public required string MemberId { get; init; }

    public required string Name { get; init; }

    public string? Affiliation { get; init; }

    public string? Email { get; init; }

    /// <summary>The language the member used, so messages sent to them later use it too.</summary>
    public Language Language { get; init; }

    public RegistrationStatus Status { get; init; }

    public PartyStatus Party { get; init; }

    public long Sequence { get; init; }

    public long PartySequence { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsActive => Status is RegistrationStatus.Going or RegistrationStatus.Waitlisted;

    public MemberRef Member => new(MemberId, Name);

    public static string IdFor(int eventId, string memberId) => $"{eventId}/{memberId}";
}

public enum RegistrationStatus
{
    Going,
    Waitlisted,
    Cancelled,
}

public enum PartyStatus
{
    None,
    Going,
    Waitlisted,
}

/// <summary>What a member gives when registering. Name is required; the others are optional.</summary>
public sealed record RegistrationDetails(string Name, string? Affiliation, string? Email);
