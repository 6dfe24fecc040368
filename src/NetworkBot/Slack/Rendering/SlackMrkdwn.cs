using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NetworkBot.Slack.Rendering;

/// <summary>
/// Core's small markdown (<c>**bold**</c>, <c>[text](url)</c>, <c>- </c> bullets) to Slack mrkdwn
/// (<c>*bold*</c>, <c>&lt;url|text&gt;</c>, •). Everything else is escaped (<c>&amp;</c> <c>&lt;</c> <c>&gt;</c>), so text
/// from members can never become a mention, a link or <c>&lt;!channel&gt;</c>; bare @channel/@here/@everyone are defused too.
/// </summary>
internal static partial class SlackMrkdwn
{
    public const string Ellipsis = "…";

    /// <summary>A word joiner: stops Slack reading "@here" as a mention without changing what people see.</summary>
    private const char WordJoiner = '\u2060';

    /// <summary>Slack only sees *bold* next to spaces or punctuation; Japanese text has none, so a zero-width space is put in.</summary>
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text) =>
        DefuseMentions(text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));

    public static string FromMarkdown(string markdown)
    {
        var result = new StringBuilder(markdown.Length + 16);
        var last = 0;
        foreach (Match link in Link().Matches(markdown))
        {
            result.Append(Escape(markdown[last..link.Index]));
            var (label, url) = (link.Groups[1].Value, link.Groups[2].Value);
            result.Append(IsLinkable(url) ? $"<{EscapeUrl(url)}|{Escape(label).Replace("|", "¦", StringComparison.Ordinal)}>" : Escape($"{label} ({url})"));
            last = link.Index + link.Length;
        }

        result.Append(Escape(markdown[last..]));
        var text = ConvertBold(result.ToString());
        return Bullet().Replace(text, "$1• ");
    }

    /// <summary>A plain-text rendering (no marks) for notification fallbacks: links as "text (url)".</summary>
    public static string Plain(string markdown) =>
        Link().Replace(markdown, m => $"{m.Groups[1].Value} ({m.Groups[2].Value})").Replace("**", "", StringComparison.Ordinal);

    /// <summary>
    /// Cuts converted mrkdwn to <paramref name="max"/> characters with "…" (and an optional suffix such as a link),
    /// never inside a link, an entity or a surrogate pair.
    /// </summary>
    public static string Cut(string mrkdwn, int max, string? suffix = null)
    {
        if (mrkdwn.Length <= max) return mrkdwn;
        var tail = Ellipsis + (suffix is null ? "" : " " + suffix);
        var cut = Math.Max(0, max - tail.Length);
        if (cut > 0 && char.IsHighSurrogate(mrkdwn[cut - 1])) cut--;
        var open = mrkdwn.LastIndexOf('<', Math.Max(0, cut - 1));
        if (open >= 0 && mrkdwn.IndexOf('>', open) >= cut) cut = open;
        var amp = mrkdwn.LastIndexOf('&', Math.Max(0, cut - 1));
        if (amp >= 0 && amp > cut - 6 && mrkdwn.IndexOf(';', amp) >= cut) cut = amp;
        return mrkdwn[..cut].TrimEnd() + tail;
    }

    /// <summary>Cuts plain text (titles, labels, button text) with "…".</summary>
    public static string CutPlain(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut] + Ellipsis;
    }

    public static string Link(string url, string label) => $"<{EscapeUrl(url)}|{Escape(label)}>";

    private static string ConvertBold(string text)
    {
        var matches = Bold().Matches(text);
        if (matches.Count == 0) return text;
        var result = new StringBuilder(text.Length + matches.Count * 2);
        var last = 0;
        foreach (Match match in matches)
        {
            result.Append(text, last, match.Index - last);
            var inner = match.Groups[1].Value.Trim();
            var end = match.Index + match.Length;
            if (inner.Length == 0)
            {
                result.Append(match.Value);
            }
            else
            {
                if (match.Index > 0 && NeedsSpace(text[match.Index - 1])) result.Append(ZeroWidthSpace);
                result.Append('*').Append(inner).Append('*');
                if (end < text.Length && NeedsSpace(text[end])) result.Append(ZeroWidthSpace);
            }

            last = end;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    private static bool NeedsSpace(char c) =>
        !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation);

    private static bool IsLinkable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static string EscapeUrl(string url) =>
        url.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    private static string DefuseMentions(string text) => MassMention().Replace(text, m => "@" + WordJoiner + m.Groups[1].Value);

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(^|\n)- ")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"@(channel|here|everyone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();
}
