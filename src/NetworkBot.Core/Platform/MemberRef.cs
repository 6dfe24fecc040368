using NetworkBot.Core.Text;

namespace NetworkBot.Core.Platform;

/// <summary>
/// A member as a platform knows them: a text id that includes the platform and workspace or guild
/// (<c>slack:T123:U456</c>, <c>discord:G789:U012</c>, <c>console:後藤</c>) and the name to show.
/// </summary>
public sealed record MemberRef(string Id, string DisplayName)
{
    // Both come from outside (the console's id is the typed name), and the data file keeps strings as UTF-8, where a
    // lone surrogate would come back as U+FFFD and no longer match: repaired as a command's text is.
    private readonly string _id = Repaired(Id);
    private readonly string _displayName = Repaired(DisplayName);

    public string Id
    {
        get => _id;
        init => _id = Repaired(value);
    }

    public string DisplayName
    {
        get => _displayName;
        init => _displayName = Repaired(value);
    }

    public ChatPlatform Platform => ChatPlatforms.FromId(Id);

    private static string Repaired(string? text) => text is null ? null! : WellFormedText.Repair(text);
}
