namespace NetworkBot.Core.Events;

/// <summary>
/// Counts the writes to events and registrations, so that what is kept from them (<see cref="UpcomingEvents"/>) can
/// tell it is out of date. Every write goes through the recording repositories below, which count after the write.
/// </summary>
public sealed class EventChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Record() => Interlocked.Increment(ref _version);
}

/// <summary>The stored events, with each create, edit and cancellation counted in <see cref="EventChanges"/>.</summary>
public sealed class ChangeRecordingEventRepository(IEventRepository inner, EventChanges changes) : IEventRepository
{
    public async Task<Event> AddAsync(Event @event, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AddAsync(@event, cancellationToken);
        }
        finally
        {
            changes.Record();
        }
    }

    public Task<Event?> GetAsync(int id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public async Task UpdateAsync(Event @event, CancellationToken cancellationToken)
    {
        try
        {
            await inner.UpdateAsync(@event, cancellationToken);
        }
        finally
        {
            changes.Record();
        }
    }

    public Task<IReadOnlyList<Event>> ListUpcomingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ListUpcomingAsync(now, cancellationToken);

    public Task<IReadOnlyList<Event>> ListUpcomingWithCancelledAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ListUpcomingWithCancelledAsync(now, cancellationToken);
}

/// <summary>The stored registrations, with each join, cancellation and promotion counted in <see cref="EventChanges"/>.</summary>
public sealed class ChangeRecordingRegistrationRepository(IRegistrationRepository inner, EventChanges changes) : IRegistrationRepository
{
    public Task<IReadOnlyList<Registration>> ListForEventAsync(int eventId, CancellationToken cancellationToken) =>
        inner.ListForEventAsync(eventId, cancellationToken);

    public Task<IReadOnlyList<Registration>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        inner.ListForMemberAsync(memberId, cancellationToken);

    public async Task SaveAsync(IReadOnlyList<Registration> registrations, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SaveAsync(registrations, cancellationToken);
        }
        finally
        {
            changes.Record();
        }
    }
}

/// <summary>The eraser, with each erasure counted in <see cref="EventChanges"/> (names on the lists change).</summary>
public sealed class ChangeRecordingRegistrationEraser(IRegistrationEraser inner, EventChanges changes) : IRegistrationEraser
{
    public async Task ReplaceAsync(IReadOnlyList<Registration> originals, IReadOnlyList<Registration> replacements, CancellationToken cancellationToken)
    {
        try
        {
            await inner.ReplaceAsync(originals, replacements, cancellationToken);
        }
        finally
        {
            changes.Record();
        }
    }
}
