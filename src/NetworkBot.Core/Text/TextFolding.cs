using System.Globalization;
using System.Text;

namespace NetworkBot.Core.Text;

/// <summary>
/// Folds text so that the ways members write the same word meet: full and half width (ＡＢＣ, ｶﾀｶﾅ), case,
/// accents (Tōkyō), katakana and hiragana (データ, でーた), and spaces (山田 太郎, 山田太郎).
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// Half of a surrogate pair on its own is not a character, and normalizing it throws; it can arrive in typed text
    /// or a mangled payload, so it is dropped first.
    /// </summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) kept.Append(text[i]).Append(text[++i]);
            else if (!char.IsSurrogate(text[i])) kept.Append(text[i]);
        }

        return kept.ToString();
    }

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var normalized = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
        var needsDecomposition = false;
        foreach (var c in normalized)
        {
            if (c > '\u007F' && c < '\u3000') { needsDecomposition = true; break; }
        }

        if (needsDecomposition) normalized = normalized.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (needsDecomposition && c is not ('\u3099' or '\u309A') && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(ToHiragana(char.ToLowerInvariant(c)));
        }

        var result = folded.ToString();
        return needsDecomposition ? result.Normalize(NormalizationForm.FormC) : result;
    }

    /// <summary>Katakana to hiragana, leaving everything else alone: ふりがな are stored in hiragana.</summary>
    public static string KatakanaToHiragana(string text)
    {
        var chars = text.Normalize(NormalizationForm.FormKC).ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = ToHiragana(chars[i]);
        return new string(chars);
    }

    private static char ToHiragana(char c) => c is >= 'ァ' and <= 'ヶ' ? (char)(c - 0x60) : c;
}
