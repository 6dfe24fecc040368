using NetworkBot.Net;

namespace NetworkBot.Slack.Rest;

/// <summary>
/// Keeps <c>chat.postMessage</c> to Slack's documented pace, so a fan-out (reminders, waitlist notices) queues up
/// instead of running into 429s: about one message per second per channel, and a workspace-wide limit that Slack
/// puts at "several hundred messages per minute", read here as 300 a minute, no more than 5 in any second.
/// </summary>
public sealed class SlackMessagePacer(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public const int WorkspacePerSecond = 5;

    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.Ordinal);

    /// <summary>Kept a little over a second, so that jitter between here and Slack does not turn into 429s.</summary>
    public static readonly TimeSpan WorkspaceWindow = TimeSpan.FromMilliseconds(1025);

    private readonly SlidingWindowPacer _workspace = new(time, WorkspacePerSecond, WorkspaceWindow);
    private readonly Lock _gate = new();

    /// <summary>Waits for the channel's next free second, then for a turn in the workspace; returns how long that was.</summary>
    public async Task<TimeSpan> WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var start = time.GetUtcNow();
        await WaitChannelTurnAsync(channel, cancellationToken);
        await _workspace.WaitTurnAsync(cancellationToken);
        return time.GetUtcNow() - start;
    }

    private async Task<TimeSpan> WaitChannelTurnAsync(string channel, CancellationToken cancellationToken)
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
