using System.Collections.Concurrent;

namespace NetworkBot.Core.Events;

/// <summary>
/// Joins and cancellations waiting for their event's gate. Whoever holds the gate decides every waiting one in arrival
/// order on one roster and stores all their changes in one write: storing is durable (flushed to disk), and 500 members
/// pressing "join" at once would otherwise wait for 500 flushes one after another.
/// </summary>
internal sealed class RosterDecisions(IEventRepository events, IRegistrationRepository registrations, EventLocks locks, TimeProvider time)
{
    private readonly ConcurrentDictionary<int, ConcurrentQueue<Pending>> _waiting = new();

    /// <summary>Decides one change under the event's gate, maybe together with others; null when there is no such event.</summary>
    public async Task<EventRoster?> DecideAsync(int eventId, Func<EventRoster, DateTimeOffset, RosterChange> decide, CancellationToken cancellationToken)
    {
        var pending = new Pending(decide);
        var queue = _waiting.GetOrAdd(eventId, _ => new ConcurrentQueue<Pending>());
        queue.Enqueue(pending);
        try
        {
            using (await locks.AcquireAsync(eventId, cancellationToken))
            {
                // The batch is others' work too: one member giving up must not fail it for the rest.
                if (!pending.IsTaken) await DecideWaitingAsync(eventId, queue, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (pending.Withdraw())
        {
            throw;
        }

        // Taken by another holder of the gate: its write decides the outcome.
        return await pending.Done.Task;
    }

    private async Task DecideWaitingAsync(int eventId, ConcurrentQueue<Pending> queue, CancellationToken cancellationToken)
    {
        var batch = new List<Pending>();
        while (queue.TryDequeue(out var next))
        {
            if (next.Take()) batch.Add(next);
        }

        try
        {
            if (await events.GetAsync(eventId, cancellationToken) is not { } @event)
            {
                foreach (var p in batch) p.Done.TrySetResult(null);
                return;
            }

            var roster = new EventRoster(@event, await registrations.ListForEventAsync(eventId, cancellationToken));
            var now = time.GetUtcNow();
            var changed = new Dictionary<string, Registration>(StringComparer.Ordinal);
            foreach (var p in batch)
            {
                foreach (var registration in p.Decide(roster, now).Changed) changed[registration.Id] = registration;
            }

            if (changed.Count > 0) await registrations.SaveAsync([.. changed.Values], cancellationToken);
            foreach (var p in batch) p.Done.TrySetResult(roster);
        }
        catch (Exception exception)
        {
            // Nothing of the batch was stored: every member in it gets the failure.
            foreach (var p in batch) p.Done.TrySetException(exception);
        }
    }

    private sealed class Pending(Func<EventRoster, DateTimeOffset, RosterChange> decide)
    {
        private const int Waiting = 0, Taken = 1, Withdrawn = 2;
        private int _state;

        public Func<EventRoster, DateTimeOffset, RosterChange> Decide { get; } = decide;

        public TaskCompletionSource<EventRoster?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsTaken => Volatile.Read(ref _state) == Taken;

        public bool Take() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

        /// <summary>True when the caller gave up before anyone decided it, so it never will be.</summary>
        public bool Withdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Waiting) == Waiting;
    }
}
