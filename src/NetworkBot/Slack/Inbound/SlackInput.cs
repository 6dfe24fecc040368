using System.Text.RegularExpressions;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Turns text Slack sends (slash command text) back into what the member typed: links Slack wrapped
/// (<c>&lt;https://…|label&gt;</c>) become the bare URL, and <c>&amp;amp; &amp;lt; &amp;gt;</c> become the characters.
/// </summary>
public static partial class SlackInput
{
    public static string Unescape(string text)
    {
        var unwrapped = WrappedLink().Replace(text, m => m.Groups[1].Value);
        return unwrapped.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<((?:https?://|mailto:)[^|>\s]+)(?:\|[^>]*)?>")]
    private static partial Regex WrappedLink();
}
