using System.Collections.Concurrent;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Slack redelivers an event it thinks was missed (<c>X-Slack-Retry-Num</c> over HTTP, <c>retry_attempt</c> in Socket
/// Mode) with the same <c>event_id</c>; each id is handled once. Ids are kept for an hour, well past Slack's retries.
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time an id is seen (within <see cref="Remember"/>), false for a repeat.</summary>
    public bool IsFirst(string eventId)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > PruneAbove) Prune(now);
        var first = true;
        _seen.AddOrUpdate(eventId, now, (_, seenAt) =>
        {
            if (now - seenAt < Remember)
            {
                first = false;
                return seenAt;
            }

            return now;
        });
        return first;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, seenAt) in _seen)
        {
            if (now - seenAt >= Remember) _seen.TryRemove(id, out _);
        }
    }
}
