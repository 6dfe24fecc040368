using NetworkBot.Core.Events;

namespace NetworkBot.Core.Tests.Members.Fakes;

/// <summary>Events and registrations in memory, for tests of what members' data touches.</summary>
internal sealed class InMemoryEventStore : IEventRepository, IRegistrationRepository, IRegistrationEraser
{
    private readonly Dictionary<int, Event> _events = [];
    private readonly Dictionary<string, Registration> _registrations = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Registration> Registrations => _registrations.Values;

    public Task<Event> AddAsync(Event @event, CancellationToken cancellationToken)
    {
        var added = @event with { Id = _events.Count + 1 };
        _events[added.Id] = added;
        return Task.FromResult(added);
    }

    public Task<Event?> GetAsync(int id, CancellationToken cancellationToken) => Task.FromResult(_events.GetValueOrDefault(id));

    public Task UpdateAsync(Event @event, CancellationToken cancellationToken)
    {
        _events[@event.Id] = @event;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Event>> ListUpcomingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Event>>(_events.Values.Where(e => e.EndOrStart >= now).OrderBy(e => e.Start).ToList());

    public Task<IReadOnlyList<Event>> ListUpcomingWithCancelledAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ListUpcomingAsync(now, cancellationToken);

    public Task<IReadOnlyList<Registration>> ListForEventAsync(int eventId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Registration>>(_registrations.Values.Where(r => r.EventId == eventId).ToList());

    public Task<IReadOnlyList<Registration>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Registration>>(_registrations.Values.Where(r => r.MemberId == memberId).ToList());

    public Task SaveAsync(IReadOnlyList<Registration> registrations, CancellationToken cancellationToken)
    {
        foreach (var registration in registrations) _registrations[registration.Id] = registration;
        return Task.CompletedTask;
    }

    public Task ReplaceAsync(IReadOnlyList<Registration> originals, IReadOnlyList<Registration> replacements, CancellationToken cancellationToken)
    {
        foreach (var original in originals) _registrations.Remove(original.Id);
        foreach (var replacement in replacements) _registrations[replacement.Id] = replacement;
        return Task.CompletedTask;
    }
}
