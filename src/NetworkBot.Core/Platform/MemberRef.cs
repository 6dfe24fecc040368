using NetworkBot.Core.Text;

namespace NetworkBot.Core.Platform;

/// <summary>
/// A member as a platform knows them: a text id that includes the platform and workspace or guild
/// (<c>slack:T123:U456</c>, <c>discord:G789:U012</c>, <c>console:後藤</c>) and the name to show.
/// </summary>
public sealed record MemberRef(string Id, string DisplayName)
{
    // The name is member-written text from the platform, shown and stored like a command's text: repaired the same way.
    private readonly string _displayName = Repaired(DisplayName);

    public string DisplayName
    {
        get => _displayName;
        init => _displayName = Repaired(value);
    }

    public ChatPlatform Platform => ChatPlatforms.FromId(Id);

    private static string Repaired(string name) => name is null ? name! : WellFormedText.Repair(name);
}
