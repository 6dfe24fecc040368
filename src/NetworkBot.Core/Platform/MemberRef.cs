namespace NetworkBot.Core.Platform;

/// <summary>
/// A member as a platform knows them: a text id that includes the platform and workspace or guild
/// (<c>slack:T123:U456</c>, <c>discord:G789:U012</c>, <c>console:後藤</c>) and the name to show.
/// </summary>
public sealed record MemberRef(string Id, string DisplayName)
{
    public ChatPlatform Platform => ChatPlatforms.FromId(Id);
}
