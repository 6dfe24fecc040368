using System.Text;

namespace NetworkBot.Core.Text;

/// <summary>
/// Text from members can hold half of a surrogate pair (a JSON <c>"\ud800"</c> escape, typed text cut mid-character)
/// or U+FFFE; neither is a character, and <see cref="string.Normalize(NormalizationForm)"/> throws on both. Text is
/// repaired where it enters the core, and every normalization of outside text goes through <see cref="Normalize"/>, so
/// text that reaches a parser by another way cannot throw either.
/// </summary>
public static class WellFormedText
{
    /// <summary>What an unreadable character becomes: the Unicode replacement character, shown as �.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every lone surrogate and U+FFFE replaced by <see cref="Replacement"/>; the same instance when there is none.</summary>
    public static string Repair(string text)
    {
        var first = FirstUnreadable(text);
        if (first < 0) return text;
        var repaired = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) repaired.Append(text[i]).Append(text[++i]);
            else repaired.Append(IsUnreadable(text[i]) ? Replacement : text[i]);
        }

        return repaired.ToString();
    }

    /// <summary><see cref="string.Normalize(NormalizationForm)"/> of the repaired text: never throws.</summary>
    public static string Normalize(string text, NormalizationForm form = NormalizationForm.FormKC) => Repair(text).Normalize(form);

    private static int FirstUnreadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (IsUnreadable(text[i])) return i;
        }

        return -1;
    }

    private static bool IsUnreadable(char c) => char.IsSurrogate(c) || c == '\uFFFE';
}
