namespace NetworkBot.Slack;

/// <summary>
/// Slack's own slash commands (<c>/join</c> a channel, <c>/leave</c> it, <c>/remind</c> …) cannot be registered by an
/// app: a manifest listing one is refused as a whole. The bot's commands with those names are reached on Slack through
/// <c>/event</c> instead: <c>/event join 3</c>, <c>/event leave 3</c>. Buttons run them directly and are unaffected.
/// </summary>
public static class SlackBuiltInCommands
{
    public const string Host = "event";

    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "me", "status", "away", "dnd", "shrug", "remind", "msg", "feed", "who", "collapse", "expand",
        "leave", "join", "open", "search", "topic", "mute", "pro", "shortcuts", "invite", "remove", "kick",
        "archive", "rename", "call", "giphy", "apps", "active", "dm", "feedback", "star", "prefs",
    };

    /// <summary>
    /// <c>/event join 3</c> → <c>join</c> with <c>3</c> when the bot has a <c>join</c> command; anything else unchanged.
    /// </summary>
    public static (string Name, string Text) Redirect(string name, string text, Func<string, bool> isCommand)
    {
        if (!name.Equals(Host, StringComparison.OrdinalIgnoreCase)) return (name, text);
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\u3000', '\t', '\n']);
        var first = end < 0 ? trimmed : trimmed[..end];
        return Names.Contains(first) && isCommand(first) ? (first.ToLowerInvariant(), end < 0 ? "" : trimmed[(end + 1)..]) : (name, text);
    }
}
