namespace NetworkBot.Core.Members;

/// <summary>
/// What a chat adapter keeps about a member outside the core's records (a half-filled form, the member's
/// direct-message channel). Erasing a member asks every adapter to forget theirs, so the core needs to know none of it.
/// </summary>
public interface IPlatformMemberState
{
    Task ForgetMemberAsync(string memberId, CancellationToken cancellationToken);
}
