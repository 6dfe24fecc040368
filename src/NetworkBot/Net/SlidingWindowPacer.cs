namespace NetworkBot.Net;

/// <summary>
/// At most <c>limit</c> turns in any <c>window</c>. A turn is counted when it is taken, right before the request goes
/// out, not when a caller starts waiting: a caller held up after its wait (a busy thread pool, a pause after a 429)
/// can then never push two windows' worth of requests together at the server.
/// </summary>
public sealed class SlidingWindowPacer(TimeProvider time, int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _turns = new();
    private readonly Lock _gate = new();

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_turns.Count > 0 && now - _turns.Peek() >= window) _turns.Dequeue();
                if (_turns.Count < limit)
                {
                    _turns.Enqueue(now);
                    return;
                }

                wait = _turns.Peek() + window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
