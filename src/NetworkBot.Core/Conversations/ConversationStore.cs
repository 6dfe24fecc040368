using System.Collections.Concurrent;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Conversations;

/// <summary>
/// The conversation each member is in, if any, keyed by member id. A member has at most one; starting another
/// replaces it. A conversation left alone for <see cref="IdleTimeout"/> is forgotten, so a member who walked away
/// is not surprised later. Kept in memory: a restart ends open conversations, and nothing is saved before confirming.
/// </summary>
public sealed class ConversationStore(TimeProvider time)
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> _active = new(StringComparer.Ordinal);

    public BotReply Begin(string memberId, IConversation conversation)
    {
        _active[memberId] = new Entry(conversation, time.GetUtcNow());
        return conversation.Start();
    }

    public bool IsActive(string memberId) => Find(memberId) is not null;

    public void End(string memberId) => _active.TryRemove(memberId, out _);

    /// <summary>Hands the member's message to their conversation; null when they are not in one.</summary>
    public async ValueTask<BotReply?> ContinueAsync(CommandContext context, string text, CancellationToken cancellationToken)
    {
        var memberId = context.Invoker.Id;
        if (Find(memberId) is not { } entry) return null;

        // One message at a time per member: a platform retry must not answer the same question twice.
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            // A plain message is member text entering the core, like a command's: repaired before the conversation reads it.
            var turn = await entry.Conversation.ContinueAsync(WellFormedText.Repair(text), context, cancellationToken);
            if (turn.IsFinished) _active.TryRemove(new KeyValuePair<string, Entry>(memberId, entry));
            else entry.LastActivity = time.GetUtcNow();
            return turn.Reply;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private Entry? Find(string memberId)
    {
        if (!_active.TryGetValue(memberId, out var entry)) return null;
        if (time.GetUtcNow() - entry.LastActivity <= IdleTimeout) return entry;
        _active.TryRemove(new KeyValuePair<string, Entry>(memberId, entry));
        return null;
    }

    private sealed class Entry(IConversation conversation, DateTimeOffset started)
    {
        public IConversation Conversation { get; } = conversation;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastActivity { get; set; } = started;
    }
}
