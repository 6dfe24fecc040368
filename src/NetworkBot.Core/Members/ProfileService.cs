namespace NetworkBot.Core.Members;

/// <summary>Reads and saves profiles, keeping the directory's index in step with the repository.</summary>
public sealed class ProfileService(IMemberRepository members, MemberDirectory directory, TimeProvider time)
{
    public Task<MemberProfile?> GetAsync(string memberId, CancellationToken cancellationToken) => members.GetAsync(memberId, cancellationToken);

    /// <summary>Saves the profile; <paramref name="introduced"/> records that its introduction card is being posted now.</summary>
    public async Task<MemberProfile> SaveAsync(MemberProfile profile, bool introduced, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var saved = profile with { UpdatedAt = now, IntroducedAt = introduced ? now : profile.IntroducedAt };
        await members.SaveAsync(saved, cancellationToken);
        await directory.UpsertAsync(saved, cancellationToken);
        return saved;
    }
}
