namespace NetworkBot.Core.Members;

/// <summary>
/// What a chat adapter keeps about a member outside the core's records (a half-filled form, the member's
/// direct-message channel). Erasing a member asks every adapter to forget theirs, so the core needs to know none of it.
/// </summary>
public interface IPlatformMemberState
{
    /// <summary>Whether it keeps something the member typed and did not finish (shown before they confirm); a channel id is not that.</summary>
    Task<bool> HasUnfinishedInputAsync(string memberId, CancellationToken cancellationToken);

    Task ForgetMemberAsync(string memberId, CancellationToken cancellationToken);
}
