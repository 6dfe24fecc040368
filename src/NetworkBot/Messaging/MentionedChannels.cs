using NetworkBot.Core.Platform;

namespace NetworkBot.Messaging;

/// <summary>
/// Channels on a platform whose members pick them from the platform's own channel list (a Slack or Discord channel
/// mention): such a mention names a real channel. Whether the bot may post there shows when it posts, and the outbox
/// records a refusal with its reason.
/// </summary>
public sealed class MentionedChannels(ChatPlatform platform) : IPlatformChannels
{
    public ChatPlatform Platform => platform;

    public IReadOnlyList<string> Suggestions => [];

    public ValueTask<bool> ExistsAsync(ChannelRef channel, CancellationToken cancellationToken) => ValueTask.FromResult(channel.Platform == platform);
}
