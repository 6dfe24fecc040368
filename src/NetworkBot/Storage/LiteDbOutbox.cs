using LiteDB;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Storage;

/// <summary>
/// The outbox in LiteDB. Claims and completions are decided under one lock, so an entry is handed to one sender at a
/// time; the lease in the record is what lets another process take over an entry whose sender stopped.
/// </summary>
internal sealed class LiteDbOutbox(LiteDbContext db) : IOutbox
{
    private readonly Lock _gate = new();

    public Task<int> AddAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var fresh = entries.DistinctBy(e => e.Id).Where(e => db.Outbox.FindById(e.Id) is null).ToList();
            if (fresh.Count > 0) db.Outbox.InsertBulk(fresh);
            return Task.FromResult(fresh.Count);
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(
        ChatPlatform platform, DateTimeOffset now, DateTimeOffset leaseUntil, string owner, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var claimed = db.Outbox.Find(o => o.Status == DeliveryStatus.Pending && o.NextAttemptAt <= now)
                .Concat(db.Outbox.Find(o => o.Status == DeliveryStatus.Sending && o.LeaseUntil < now))
                .Where(o => o.Platform() == platform)
                .OrderBy(o => o.NextAttemptAt)
                .ThenBy(o => o.DueAt)
                .Take(max)
                .Select(o => o with { Status = DeliveryStatus.Sending, LeaseUntil = leaseUntil, LeaseOwner = owner })
                .ToList();
            if (claimed.Count > 0) db.Outbox.Update(claimed);
            return Task.FromResult<IReadOnlyList<OutboxEntry>>(claimed);
        }
    }

    public Task CompleteAsync(OutboxEntry entry, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (db.Outbox.FindById(entry.Id) is { Status: DeliveryStatus.Sending } current && current.LeaseOwner == owner)
            {
                db.Outbox.Update(entry with { LeaseOwner = null, LeaseUntil = null });
            }

            return Task.CompletedTask;
        }
    }

    public Task ReleaseAsync(OutboxEntry entry, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (db.Outbox.FindById(entry.Id) is { Status: DeliveryStatus.Sending } current && current.LeaseOwner == owner)
            {
                db.Outbox.Update(Unclaimed(current));
            }

            return Task.CompletedTask;
        }
    }

    public Task<int> ReleaseOthersAsync(string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var abandoned = db.Outbox.Find(o => o.Status == DeliveryStatus.Sending && o.LeaseOwner != owner).Select(Unclaimed).ToList();
            if (abandoned.Count > 0) db.Outbox.Update(abandoned);
            return Task.FromResult(abandoned.Count);
        }
    }

    private static OutboxEntry Unclaimed(OutboxEntry entry) => entry with { Status = DeliveryStatus.Pending, LeaseOwner = null, LeaseUntil = null };

    public Task<DateTimeOffset?> NextAttemptAsync(CancellationToken cancellationToken)
    {
        var pending = db.Outbox.Find(o => o.Status == DeliveryStatus.Pending).Select(o => (DateTimeOffset?)o.NextAttemptAt);
        var leased = db.Outbox.Find(o => o.Status == DeliveryStatus.Sending).Select(o => o.LeaseUntil);
        return Task.FromResult(pending.Concat(leased).Min());
    }

    public Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken)
    {
        var due = db.Outbox.Find(o => o.Status == DeliveryStatus.Pending).Select(o => o.DueAt)
            .Concat(db.Outbox.Find(o => o.Status == DeliveryStatus.Sending).Select(o => o.DueAt))
            .ToList();
        var failed = db.Outbox.Count(o => o.Status == DeliveryStatus.Failed);
        return Task.FromResult(new OutboxBacklog(due.Count, due.Count > 0 ? due.Min() : null, failed));
    }

    public Task<IReadOnlyList<OutboxEntry>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>(db.Outbox.Find(Query.StartsWith("_id", prefix)).ToList());

    public Task<int> ForgetMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(db.Outbox.DeleteMany(o => o.MemberId == memberId));
        }
    }

    public Task<int> SkipOpenAsync(string prefix, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Entries being sent right now finish on their own; the sender checks the event again before sending.
            var skipped = db.Outbox.Find(Query.StartsWith("_id", prefix))
                .Where(o => o.Status == DeliveryStatus.Pending)
                .Select(o => o with { Status = DeliveryStatus.Skipped, Reason = reason })
                .ToList();
            if (skipped.Count > 0) db.Outbox.Update(skipped);
            return Task.FromResult(skipped.Count);
        }
    }
}
