using NetworkBot.Core.Events;

namespace NetworkBot.Web;

/// <summary>Reads what the public pages show: events with their registrations, as of the bot's clock.</summary>
public sealed class PublicEventQuery(IEventRepository events, IRegistrationRepository registrations, TimeProvider time)
{
    /// <summary>
    /// Events not over, soonest first. Cancelled ones stay (shown as cancelled) until they would have ended, so a
    /// subscribed calendar gets STATUS:CANCELLED instead of an entry that silently disappears.
    /// </summary>
    public Task<IReadOnlyList<Event>> UpcomingEventsAsync(CancellationToken cancellationToken) =>
        events.ListUpcomingWithCancelledAsync(time.GetUtcNow(), cancellationToken);

    public async Task<IReadOnlyList<EventRoster>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var rosters = new List<EventRoster>();
        foreach (var e in await UpcomingEventsAsync(cancellationToken))
        {
            rosters.Add(new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken)));
        }

        return rosters;
    }

    /// <summary>Any event by id, cancelled or past included, or null when there is none.</summary>
    public async Task<EventRoster?> FindAsync(int id, CancellationToken cancellationToken) =>
        await events.GetAsync(id, cancellationToken) is { } e
            ? new EventRoster(e, await registrations.ListForEventAsync(id, cancellationToken))
            : null;
}
