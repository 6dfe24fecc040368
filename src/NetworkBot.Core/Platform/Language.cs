namespace NetworkBot.Core.Platform;

/// <summary>The languages the bot speaks. Japanese first.</summary>
public enum Language
{
    Ja,
    En,
}

public static class Languages
{
    /// <summary>Reads a language tag as platforms send it (<c>ja</c>, <c>ja-JP</c>, <c>en-US</c>); anything else gives <paramref name="fallback"/>.</summary>
    public static Language Parse(string? tag, Language fallback)
    {
        if (string.IsNullOrWhiteSpace(tag)) return fallback;
        if (tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase)) return Language.Ja;
        if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return Language.En;
        return fallback;
    }
}
