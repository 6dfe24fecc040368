using System.Globalization;
using System.Text;

namespace NetworkBot.Core.Text;

/// <summary>
/// Folds text so that the ways members write the same word meet: full and half width (ＡＢＣ, ｶﾀｶﾅ), case,
/// accents (Tōkyō), katakana and hiragana (データ, でーた), and spaces (山田 太郎, 山田太郎).
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var normalized = WellFormedText.Normalize(text);
        var needsDecomposition = false;
        foreach (var c in normalized)
        {
            if (c > '\u007F' && c < '\u3000') { needsDecomposition = true; break; }
        }

        if (needsDecomposition) normalized = normalized.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            // An unreadable character (half a surrogate pair, repaired to U+FFFD) says nothing about the word: skipped.
            if (char.IsWhiteSpace(c) || c == WellFormedText.Replacement) continue;
            if (needsDecomposition && c is not ('\u3099' or '\u309A') && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(ToHiragana(char.ToLowerInvariant(c)));
        }

        var result = folded.ToString();
        return needsDecomposition ? result.Normalize(NormalizationForm.FormC) : result;
    }

    /// <summary>Katakana to hiragana, leaving everything else alone: ふりがな are stored in hiragana.</summary>
    public static string KatakanaToHiragana(string text)
    {
        var chars = WellFormedText.Normalize(text).ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = ToHiragana(chars[i]);
        return new string(chars);
    }

    private static char ToHiragana(char c) => c is >= 'ァ' and <= 'ヶ' ? (char)(c - 0x60) : c;
}
