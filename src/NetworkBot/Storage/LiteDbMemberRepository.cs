using LiteDB;
using NetworkBot.Core.Members;

namespace NetworkBot.Storage;

internal sealed class LiteDbMemberRepository(LiteDbContext db) : IMemberRepository
{
    public Task<MemberProfile?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<MemberProfile?>(db.Members.FindById(memberId));

    public Task ForEachAsync(Action<MemberProfile> visit, CancellationToken cancellationToken)
    {
        foreach (var profile in PagedRead.ById(db.Members, profile => profile.MemberId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            visit(profile);
        }

        return Task.CompletedTask;
    }

    public Task SaveAsync(MemberProfile profile, CancellationToken cancellationToken)
    {
        db.Members.Upsert(profile);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken)
    {
        db.SeenMembers.Delete(memberId);
        return Task.FromResult(db.Members.Delete(memberId));
    }

    public Task<bool> MarkSeenAsync(string memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            db.SeenMembers.Insert(new SeenMember { MemberId = memberId, FirstSeenAt = now });
            return Task.FromResult(true);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return Task.FromResult(false);
        }
    }
}
