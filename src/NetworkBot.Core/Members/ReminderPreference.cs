namespace NetworkBot.Core.Members;

/// <summary>
/// What a member chose about reminders: all off (<c>/profile reminders off</c>) or off for single events
/// (<c>/remind 3 off</c>). A member with no record gets every reminder.
/// </summary>
public sealed record ReminderPreference
{
    public required string MemberId { get; init; }

    public bool AllOff { get; init; }

    public List<int> MutedEventIds { get; init; } = [];

    public bool Wants(int eventId) => !AllOff && !MutedEventIds.Contains(eventId);
}

/// <summary>Where reminder preferences are kept, one per member.</summary>
public interface IReminderPreferenceRepository
{
    Task<ReminderPreference?> GetAsync(string memberId, CancellationToken cancellationToken);

    Task SaveAsync(ReminderPreference preference, CancellationToken cancellationToken);

    /// <summary>Forgets the member's choices (erasure); false when there were none.</summary>
    Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken);
}
