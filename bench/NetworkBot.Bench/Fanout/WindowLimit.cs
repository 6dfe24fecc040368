namespace NetworkBot.Bench.Fanout;

/// <summary>
/// A limit as the fake platforms enforce it: at most <c>limit</c> requests in any <c>window</c>.
/// <c>tolerance</c> forgives that much clock skew between the bot's pacing and the server's arrival times.
/// Not thread-safe: the fakes take one lock around every decision.
/// </summary>
internal sealed class WindowLimit(int limit, TimeSpan window, TimeSpan tolerance)
{
    private readonly Queue<DateTimeOffset> _accepted = new();

    public int Limit => limit;

    /// <summary>Null when a request may go now, otherwise how long until it may.</summary>
    public TimeSpan? Refusal(DateTimeOffset now)
    {
        var span = window - tolerance;
        while (_accepted.Count > 0 && now - _accepted.Peek() >= span) _accepted.Dequeue();
        return _accepted.Count < limit ? null : _accepted.Peek() + span - now;
    }

    public int Remaining(DateTimeOffset now) => Refusal(now) is null ? limit - _accepted.Count : 0;

    public TimeSpan ResetAfter(DateTimeOffset now) => _accepted.Count == 0 ? TimeSpan.Zero : _accepted.Peek() + window - now;

    public void Take(DateTimeOffset now) => _accepted.Enqueue(now);

    /// <summary>The least time <paramref name="requests"/> requests need under this limit, starting all at once.</summary>
    public TimeSpan Minimum(int requests) => requests <= limit ? TimeSpan.Zero : window * ((requests - 1) / limit);
}
