namespace NetworkBot.Core.Platform;

/// <summary>A channel, with the same id scheme as <see cref="MemberRef"/> (<c>slack:T123:C456</c>).</summary>
public sealed record ChannelRef(string Id)
{
    public ChatPlatform Platform => ChatPlatforms.FromId(Id);
}
