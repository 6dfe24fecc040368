namespace NetworkBot.Core.Events;

/// <summary>Where events are kept. Ids are small integers handed out from 1.</summary>
public interface IEventRepository
{
    /// <summary>Stores a new event and returns it with its id.</summary>
    Task<Event> AddAsync(Event @event, CancellationToken cancellationToken);

    Task<Event?> GetAsync(int id, CancellationToken cancellationToken);

    Task UpdateAsync(Event @event, CancellationToken cancellationToken);

    /// <summary>Events not cancelled that have not ended by <paramref name="now"/>, soonest first.</summary>
    Task<IReadOnlyList<Event>> ListUpcomingAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Events that have not ended by <paramref name="now"/>, cancelled ones included, soonest first: what the
    /// public calendar and feed show, so subscribers learn of a cancellation instead of losing the entry.
    /// </summary>
    Task<IReadOnlyList<Event>> ListUpcomingWithCancelledAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Where registrations are kept, one per event and member.</summary>
public interface IRegistrationRepository
{
    Task<IReadOnlyList<Registration>> ListForEventAsync(int eventId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Registration>> ListForMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Saves all of them together: either every one is stored or none is.</summary>
    Task SaveAsync(IReadOnlyList<Registration> registrations, CancellationToken cancellationToken);
}
