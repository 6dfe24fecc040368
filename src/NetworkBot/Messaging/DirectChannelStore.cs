using System.Collections.Concurrent;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Storage;

namespace NetworkBot.Messaging;

/// <summary>
/// The direct-message channel of each member the bot has written to, kept in the data file: a reminder to 1,000
/// members after a restart reuses the channels instead of asking the platform for each again (a rate-limited call).
/// </summary>
public sealed class DirectChannelStore(LiteDbContext db, TimeProvider time) : IPlatformMemberState
{
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public string? Find(ChatPlatform platform, string userId)
    {
        var key = Key(platform, userId);
        if (_known.TryGetValue(key, out var channel)) return channel;
        if (db.Values.FindById(key)?.Value is not { Length: > 0 } stored) return null;
        _known[key] = stored;
        return stored;
    }

    public void Remember(ChatPlatform platform, string userId, string channelId)
    {
        var key = Key(platform, userId);
        if (_known.TryGetValue(key, out var known) && known == channelId) return;
        db.Values.Upsert(new StoredValue { Id = key, Value = channelId, UpdatedAt = time.GetUtcNow() });
        _known[key] = channelId;
    }

    public Task<bool> HasUnfinishedInputAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Erasure: the channel id is the member's own conversation with the bot; a later message opens it again.</summary>
    public Task ForgetMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        var platform = ChatPlatforms.FromId(memberId);
        if (platform == ChatPlatform.Console) return Task.CompletedTask; // the console writes no direct messages
        var key = Key(platform, memberId[(memberId.LastIndexOf(':') + 1)..]);
        db.Values.Delete(key);
        _known.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private static string Key(ChatPlatform platform, string userId) => $"dm:{platform.ToString().ToLowerInvariant()}:{userId}";
}
