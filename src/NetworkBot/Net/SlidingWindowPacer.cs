namespace NetworkBot.Net;

/// <summary>
/// At most <c>limit</c> turns in any <c>window</c>: each caller reserves the earliest turn that keeps to it and waits
/// for it, so callers queue in order instead of racing into the platform's 429s. Turns are handed out in time order.
/// </summary>
public sealed class SlidingWindowPacer(TimeProvider time, int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _turns = new();
    private readonly Lock _gate = new();

    public int Limit => limit;

    public TimeSpan Window => window;

    public Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset turn;
        lock (_gate)
        {
            turn = now;
            if (_turns.Count >= limit)
            {
                var windowOpens = _turns.Dequeue() + window;
                if (windowOpens > turn) turn = windowOpens;
            }

            _turns.Enqueue(turn);
        }

        var wait = turn - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }
}
