namespace NetworkBot.Discord.Rendering;

/// <summary>Discord's documented size limits, and the one way text is shortened to fit them: cut, ending in "…".</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedTotal = 6000;
    public const int Embeds = 10;
    public const int ButtonsPerRow = 5;
    public const int Rows = 5;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int SelectOptionLabel = 100;
    public const int SelectPlaceholder = 150;
    public const int CustomId = 100;
    public const int ModalTitle = 45;
    public const int ModalComponents = 5;
    public const int InputLabel = 45;
    public const int InputPlaceholder = 100;
    public const int InputLength = 4000;
    public const int Choices = 25;
    public const int ChoiceName = 100;
    public const int CommandDescription = 100;

    /// <summary>The text unchanged when it fits, otherwise its start and "…" within <paramref name="max"/> characters (never splitting a surrogate pair).</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max <= 1) return "…";
        var end = max - 1;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return text[..end].TrimEnd() + "…";
    }

    /// <summary>Discord rejects empty names and labels; a blank becomes a dash.</summary>
    public static string NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? "-" : text;
}
