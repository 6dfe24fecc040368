using NetworkBot.Core.Members;

namespace NetworkBot.Core.Tests.Members.Fakes;

/// <summary>Profiles and met members in memory, for tests.</summary>
internal sealed class InMemoryMemberStore : IMemberRepository
{
    private readonly Dictionary<string, MemberProfile> _profiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<MemberProfile> Profiles => _profiles.Values;

    public bool HasSeen(string memberId) => _seen.Contains(memberId);

    public Task<MemberProfile?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(memberId));

    public Task ForEachAsync(Action<MemberProfile> visit, CancellationToken cancellationToken)
    {
        foreach (var profile in _profiles.Values.ToList()) visit(profile);
        return Task.CompletedTask;
    }

    public Task SaveAsync(MemberProfile profile, CancellationToken cancellationToken)
    {
        _profiles[profile.MemberId] = profile;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken)
    {
        _seen.Remove(memberId);
        return Task.FromResult(_profiles.Remove(memberId));
    }

    public Task<bool> MarkSeenAsync(string memberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.Add(memberId));
}
