namespace NetworkBot.Core.Platform;

/// <summary>Which channels the bot can post to, asked before anything is scheduled for one.</summary>
public interface IChannelDirectory
{
    ValueTask<bool> ExistsAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <summary>A few channel names to suggest on <paramref name="platform"/> when a member names one that does not exist.</summary>
    ValueTask<IReadOnlyList<string>> SuggestionsAsync(ChatPlatform platform, CancellationToken cancellationToken);
}
