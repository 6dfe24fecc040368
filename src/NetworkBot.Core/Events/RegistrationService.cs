using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Events;

/// <summary>
/// Joins and cancellations for every platform: takes the event's gate, applies the roster rules, saves the
/// changes in one write, and only then tells the members who moved up.
/// </summary>
public sealed class RegistrationService(
    IEventRepository events,
    IRegistrationRepository registrations,
    EventLocks locks,
    RegistrantNotifier notifier,
    TimeProvider time)
{
    private readonly RosterDecisions _decisions = new(events, registrations, locks, time);

    public Task<(Event? Event, JoinOutcome? Outcome)> JoinAsync(
        int eventId, MemberRef member, Language language, RegistrationDetails details, bool? wantsParty, CancellationToken cancellationToken) =>
        DecideAsync(eventId, (roster, now) => roster.Join(member, language, details, wantsParty, now), o => o.Change, cancellationToken);

    public Task<(Event? Event, LeaveOutcome? Outcome)> LeaveAsync(int eventId, string memberId, CancellationToken cancellationToken) =>
        DecideAsync(eventId, (roster, now) => roster.Leave(memberId, now), o => o.Change, cancellationToken);

    /// <summary>
    /// Saves an edited event and reconciles its registrations (more seats move people up; no after-party clears
    /// after-party choices). Runs under the event's gate so
    /// that a join cannot slip in between.
    /// </summary>
    public async Task UpdateEventAsync(Event updated, CancellationToken cancellationToken)
    {
        RosterChange change;
        EventRoster roster;
        using (await locks.AcquireAsync(updated.Id, cancellationToken))
        {
            await events.UpdateAsync(updated, cancellationToken);
            roster = new EventRoster(updated, await registrations.ListForEventAsync(updated.Id, cancellationToken));
            change = updated.IsCancelled ? RosterChange.None : roster.Reconcile(time.GetUtcNow());
            await SaveAsync(change, cancellationToken);
        }

        await notifier.NotifyPromotionsAsync(roster, change.Promotions, cancellationToken);
    }

    public async Task<EventRoster?> GetRosterAsync(int eventId, CancellationToken cancellationToken)
    {
        var @event = await events.GetAsync(eventId, cancellationToken);
        return @event is null ? null : new EventRoster(@event, await registrations.ListForEventAsync(eventId, cancellationToken));
    }

    /// <summary>Decides under the event's gate (together with whoever else is waiting), stores the result, then notifies.</summary>
    private async Task<(Event? Event, TOutcome? Outcome)> DecideAsync<TOutcome>(
        int eventId, Func<EventRoster, DateTimeOffset, TOutcome> decide, Func<TOutcome, RosterChange> changeOf, CancellationToken cancellationToken)
        where TOutcome : class
    {
        TOutcome? outcome = null;
        var roster = await _decisions.DecideAsync(
            eventId,
            (roster, now) =>
            {
                outcome = decide(roster, now);
                return changeOf(outcome);
            },
            cancellationToken);
        if (roster is null || outcome is null) return (null, null);

        // The roster now holds what was just saved: the notices read their seat counts from it, not from storage again.
        await notifier.NotifyPromotionsAsync(roster, changeOf(outcome).Promotions, cancellationToken);
        return (roster.Event, outcome);
    }

    private Task SaveAsync(RosterChange change, CancellationToken cancellationToken) =>
        change.Changed.Count == 0 ? Task.CompletedTask : registrations.SaveAsync(change.Changed, cancellationToken);
}
