namespace NetworkBot.Core.Members;

/// <summary>Where member profiles are kept, one per member id, and which members the bot has already met.</summary>
public interface IMemberRepository
{
    Task<MemberProfile?> GetAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Hands every profile to <paramref name="visit"/> in turn, for building the directory's search index at start,
    /// without holding them all in memory at once.
    /// </summary>
    Task ForEachAsync(Action<MemberProfile> visit, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the member's profile.</summary>
    Task SaveAsync(MemberProfile profile, CancellationToken cancellationToken);

    /// <summary>Erases the profile and the record of having met the member. Returns whether a profile existed.</summary>
    Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Records that the bot has met the member; true only the first time, so a welcome is sent once.</summary>
    Task<bool> MarkSeenAsync(string memberId, DateTimeOffset now, CancellationToken cancellationToken);
}
