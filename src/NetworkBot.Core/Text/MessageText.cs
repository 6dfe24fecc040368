using System.Text;
using System.Text.RegularExpressions;

namespace NetworkBot.Core.Text;

/// <summary>
/// Makes member-written text safe to echo into a channel: it can never ping everyone or anyone. A zero-width
/// space breaks <c>@everyone</c>, <c>@here</c>, <c>@channel</c>, Slack's <c>&lt;!channel&gt;</c>/<c>&lt;!here&gt;</c>/<c>&lt;!everyone&gt;</c>/
/// <c>&lt;!subteam^…&gt;</c> and user or role pings such as <c>&lt;@U123&gt;</c> and <c>&lt;@&amp;42&gt;</c>, while the text still reads the same.
/// </summary>
public static partial class MessageText
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        // Full-width ＠ and ＜ are folded by some clients, so they are treated like their ASCII forms.
        var result = SpecialMention().Replace(text, m => m.Value[0] + ZeroWidthSpace.ToString() + m.Value[1..]);
        return MassMention().Replace(result, m => m.Value[0] + ZeroWidthSpace.ToString() + m.Value[1..]);
    }

    /// <summary>Cuts text to <paramref name="maxLength"/> characters, ending with an ellipsis, without splitting a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (maxLength < 1 || text.Length <= maxLength) return text;
        var cut = maxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return new StringBuilder(text, 0, cut, maxLength).Append('…').ToString();
    }

    [GeneratedRegex(@"[<＜][!@#＠！][^>＞]*[>＞]?")]
    private static partial Regex SpecialMention();

    [GeneratedRegex(@"[@＠](everyone|here|channel|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();
}
