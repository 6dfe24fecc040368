using System.Collections.Concurrent;

namespace NetworkBot.Core.Events;

/// <summary>
/// One gate per event, so that concurrent joins and cancellations are decided one at a time: an event
/// is never over-filled and the waitlist keeps arrival order. Waiters are served first come, first served.
/// </summary>
public sealed class EventLocks
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> AcquireAsync(int eventId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(eventId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
