using NetworkBot.Core.Platform;
using NetworkBot.Messaging;

namespace NetworkBot.Console;

/// <summary>The console's channels: a few fixed names, printed as <c>📣 #name</c> when the bot posts there.</summary>
public sealed class ConsoleChannels : IPlatformChannels
{
    private static readonly string[] Names = ["general", "announcements", "events", "random"];

    public ChatPlatform Platform => ChatPlatform.Console;

    public IReadOnlyList<string> Suggestions { get; } = Names.Select(n => "#" + n).ToList();

    public ValueTask<bool> ExistsAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Names.Any(n => channel.Id.Equals($"console:{n}", StringComparison.OrdinalIgnoreCase)));
}
