namespace NetworkBot.Discord.Rendering;

/// <summary>
/// What a button, select option or modal carries in its 100-character custom id: the command text it runs
/// (<c>cmd:/join 3 party:yes</c>), a stored long command (<c>ref:KEY</c>), or a page of a chained form (<c>form:ID:PAGE</c>).
/// </summary>
internal static class ComponentIds
{
    public const string CommandPrefix = "cmd:";
    public const string StoredPrefix = "ref:";
    public const string FormPrefix = "form:";
    public const string FormStopPage = "stop";
    public const string MenuId = "menu";

    public static string ForCommand(string commandText, DiscordStateStore store) =>
        CommandPrefix.Length + commandText.Length <= DiscordLimits.CustomId
            ? CommandPrefix + commandText
            : StoredPrefix + store.StoreCommand(commandText);

    public static string ForFormPage(string draftId, int page) => $"{FormPrefix}{draftId}:{page}";

    public static string ForFormStop(string draftId) => $"{FormPrefix}{draftId}:{FormStopPage}";

    public static ComponentTarget Parse(string? customId)
    {
        if (string.IsNullOrEmpty(customId)) return new ComponentTarget(ComponentTargetKind.Unknown, "");
        if (customId.StartsWith(CommandPrefix, StringComparison.Ordinal)) return new(ComponentTargetKind.Command, customId[CommandPrefix.Length..]);
        if (customId.StartsWith(StoredPrefix, StringComparison.Ordinal)) return new(ComponentTargetKind.StoredCommand, customId[StoredPrefix.Length..]);
        if (customId.StartsWith(FormPrefix, StringComparison.Ordinal))
        {
            var parts = customId[FormPrefix.Length..].Split(':');
            if (parts.Length == 2 && parts[1] == FormStopPage) return new(ComponentTargetKind.FormStop, parts[0]);
            if (parts.Length == 2 && int.TryParse(parts[1], out var page) && page >= 0) return new(ComponentTargetKind.FormPage, parts[0], page);
        }

        return new ComponentTarget(ComponentTargetKind.Unknown, "");
    }
}

internal enum ComponentTargetKind
{
    Unknown,
    Command,
    StoredCommand,
    FormPage,
    FormStop,
}

internal sealed record ComponentTarget(ComponentTargetKind Kind, string Value, int Page = 0);
