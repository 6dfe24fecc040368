using NetworkBot.Core.Platform;

namespace NetworkBot.Messaging;

/// <summary>One platform's channels: whether one exists and which to suggest.</summary>
public interface IPlatformChannels
{
    ChatPlatform Platform { get; }

    ValueTask<bool> ExistsAsync(ChannelRef channel, CancellationToken cancellationToken);

    IReadOnlyList<string> Suggestions { get; }
}

/// <summary>Core's channel directory: asks the platform the channel lives on; a platform not connected here knows none.</summary>
public sealed class ChannelDirectory(IEnumerable<IPlatformChannels> platforms) : IChannelDirectory
{
    private readonly Dictionary<ChatPlatform, IPlatformChannels> _platforms = platforms.ToDictionary(p => p.Platform);

    public ValueTask<bool> ExistsAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        _platforms.TryGetValue(channel.Platform, out var platform) ? platform.ExistsAsync(channel, cancellationToken) : ValueTask.FromResult(false);

    public ValueTask<IReadOnlyList<string>> SuggestionsAsync(ChatPlatform platform, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_platforms.TryGetValue(platform, out var found) ? found.Suggestions : (IReadOnlyList<string>)[]);
}
