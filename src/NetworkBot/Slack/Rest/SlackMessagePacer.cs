namespace NetworkBot.Slack.Rest;

/// <summary>
/// Keeps <c>chat.postMessage</c> to about one message per second per channel, Slack's documented pace, so a
/// fan-out (reminders, waitlist notices) queues up instead of running into 429s. Each caller reserves the next free
/// second of its channel and waits for it.
/// </summary>
public sealed class SlackMessagePacer(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Waits for the channel's next free second; returns how long that was.</summary>
    public async Task<TimeSpan> WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = _nextFree.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextFree[channel] = slot + Interval;
            if (_nextFree.Count > 10_000) Forget(now);
        }

        var wait = slot - now;
        if (wait <= TimeSpan.Zero) return TimeSpan.Zero;
        await Task.Delay(wait, time, cancellationToken);
        return wait;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var idle in _nextFree.Where(p => p.Value < now).Select(p => p.Key).ToList()) _nextFree.Remove(idle);
    }
}
