namespace NetworkBot.Core.Events;

/// <summary>An upcoming event as lists show it: the event and how many are going and waiting.</summary>
public sealed record UpcomingEvent(Event Event, int Going, int Waitlisted);

/// <summary>
/// The upcoming events with their seat counts, read from storage once and kept until an event or registration is
/// written (<see cref="EventChanges"/>) or the first listed event ends. <c>/events</c> runs on every request and would
/// otherwise read every upcoming event's registrations each time.
/// </summary>
public sealed class UpcomingEvents(IEventRepository events, IRegistrationRepository registrations, EventChanges changes)
{
    private Snapshot? _snapshot;

    public async ValueTask<IReadOnlyList<UpcomingEvent>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kept = Volatile.Read(ref _snapshot);
        // The version is taken before reading: a write that lands during the read leaves this snapshot out of date at once.
        var version = changes.Version;
        if (kept is not null && kept.Version == version && now >= kept.ReadAt && now <= kept.ValidUntil) return kept.Events;

        var list = new List<UpcomingEvent>();
        foreach (var e in await events.ListUpcomingAsync(now, cancellationToken))
        {
            var roster = new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken));
            list.Add(new UpcomingEvent(e, roster.Going.Count, roster.Waitlist.Count));
        }

        var fresh = new Snapshot(version, now, list.Count == 0 ? DateTimeOffset.MaxValue : list.Min(u => u.Event.EndOrStart), list);
        Volatile.Write(ref _snapshot, fresh);
        return fresh.Events;
    }

    /// <summary>Valid while nothing was written since <see cref="Version"/> and no listed event has ended.</summary>
    private sealed record Snapshot(long Version, DateTimeOffset ReadAt, DateTimeOffset ValidUntil, IReadOnlyList<UpcomingEvent> Events);
}
