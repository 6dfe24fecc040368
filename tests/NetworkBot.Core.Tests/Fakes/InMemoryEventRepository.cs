using NetworkBot.Core.Events;

namespace NetworkBot.Core.Tests.Fakes;

/// <summary>Events in a dictionary, with the same contract as the stored ones: ids from 1, upcoming soonest first.</summary>
internal sealed class InMemoryEventRepository : IEventRepository
{
    private readonly Dictionary<int, Event> _events = [];
    private readonly Lock _gate = new();
    private int _lastId;

    public IReadOnlyList<Event> All
    {
        get
        {
            lock (_gate) return _events.Values.OrderBy(e => e.Id).ToList();
        }
    }

    public Task<Event> AddAsync(Event @event, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = @event with { Id = ++_lastId };
            _events[stored.Id] = stored;
            return Task.FromResult(stored);
        }
    }

    public Task<Event?> GetAsync(int id, CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_events.GetValueOrDefault(id));
    }

    public Task UpdateAsync(Event @event, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_events.ContainsKey(@event.Id)) throw new InvalidOperationException($"Event {@event.Id} does not exist.");
            _events[@event.Id] = @event;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Event>> ListUpcomingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(NotOver(now, includeCancelled: false));

    public Task<IReadOnlyList<Event>> ListUpcomingWithCancelledAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(NotOver(now, includeCancelled: true));

    private IReadOnlyList<Event> NotOver(DateTimeOffset now, bool includeCancelled)
    {
        lock (_gate)
        {
            return _events.Values
                .Where(e => (includeCancelled || !e.IsCancelled) && e.EndOrStart >= now)
                .OrderBy(e => e.Start)
                .ThenBy(e => e.Id)
                .ToList();
        }
    }
}
