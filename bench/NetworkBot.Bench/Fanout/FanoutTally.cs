using System.Collections.Concurrent;

namespace NetworkBot.Bench.Fanout;

/// <summary>What a fake platform saw: messages per conversation, DM channels opened per user, 429s, and when the last message landed.</summary>
internal sealed class FanoutTally
{
    private long _lastMessageTicks;
    private long _firstMessageTicks = long.MaxValue;
    private int _tooManyRequests;
    private int _requests;

    public ConcurrentDictionary<string, int> MessagesByConversation { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> DmOpensByUser { get; } = new(StringComparer.Ordinal);

    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

    public int Requests => Volatile.Read(ref _requests);

    public int Messages => MessagesByConversation.Values.Sum();

    public int DmOpens => DmOpensByUser.Values.Sum();

    /// <summary>Conversations that got more messages than <paramref name="expectedEach"/>.</summary>
    public int Duplicates(int expectedEach) => MessagesByConversation.Values.Sum(n => Math.Max(0, n - expectedEach));

    public DateTimeOffset LastMessageAt => new(Interlocked.Read(ref _lastMessageTicks), TimeSpan.Zero);

    public DateTimeOffset FirstMessageAt => new(Math.Min(Interlocked.Read(ref _firstMessageTicks), DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);

    public void Request() => Interlocked.Increment(ref _requests);

    public void Refused() => Interlocked.Increment(ref _tooManyRequests);

    public void DmOpened(string user) => DmOpensByUser.AddOrUpdate(user, 1, (_, n) => n + 1);

    public void Message(string conversation, DateTimeOffset at)
    {
        MessagesByConversation.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        long first;
        do
        {
            first = Interlocked.Read(ref _firstMessageTicks);
            if (at.UtcTicks >= first) break;
        }
        while (Interlocked.CompareExchange(ref _firstMessageTicks, at.UtcTicks, first) != first);

        long seen;
        do
        {
            seen = Interlocked.Read(ref _lastMessageTicks);
            if (at.UtcTicks <= seen) return;
        }
        while (Interlocked.CompareExchange(ref _lastMessageTicks, at.UtcTicks, seen) != seen);
    }
}
