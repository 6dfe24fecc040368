using NetworkBot.Core.Scheduling;

namespace NetworkBot.Storage;

internal sealed class LiteDbScheduledSendRepository(LiteDbContext db) : IScheduledSendRepository
{
    public Task<ScheduledSend?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<ScheduledSend?>(db.ScheduledSends.FindById(id));

    public Task<IReadOnlyList<ScheduledSend>> ListForSourceAsync(ScheduledSendKind kind, int sourceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledSend>>(db.ScheduledSends.Find(s => s.SourceId == sourceId).Where(s => s.Kind == kind).ToList());

    public Task<IReadOnlyList<ScheduledSend>> ListPlannedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledSend>>(db.ScheduledSends.Find(s => s.Status == ScheduledSendStatus.Planned).ToList());

    public Task SaveAsync(ScheduledSend send, CancellationToken cancellationToken)
    {
        db.ScheduledSends.Upsert(send);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        db.ScheduledSends.Delete(id);
        return Task.CompletedTask;
    }
}
