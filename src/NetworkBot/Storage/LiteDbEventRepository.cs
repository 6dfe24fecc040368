using NetworkBot.Core.Events;

namespace NetworkBot.Storage;

internal sealed class LiteDbEventRepository(LiteDbContext db) : IEventRepository
{
    public Task<Event> AddAsync(Event @event, CancellationToken cancellationToken)
    {
        var id = db.Events.Insert(@event with { Id = 0 });
        return Task.FromResult(@event with { Id = id.AsInt32 });
    }

    public Task<Event?> GetAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult<Event?>(db.Events.FindById(id));

    public Task UpdateAsync(Event @event, CancellationToken cancellationToken)
    {
        if (!db.Events.Update(@event)) throw new InvalidOperationException($"Event {@event.Id} does not exist.");
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Event>> ListUpcomingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(NotOver(now, includeCancelled: false));

    public Task<IReadOnlyList<Event>> ListUpcomingWithCancelledAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(NotOver(now, includeCancelled: true));

    private IReadOnlyList<Event> NotOver(DateTimeOffset now, bool includeCancelled)
    {
        // Events last a day at most in practice; look back a day on the index, then keep those not yet over.
        var from = now.AddDays(-2);
        return db.Events.Find(e => e.Start >= from)
            .Where(e => (includeCancelled || !e.IsCancelled) && (e.End ?? e.Start) >= now)
            .OrderBy(e => e.Start)
            .ThenBy(e => e.Id)
            .ToList();
    }
}
