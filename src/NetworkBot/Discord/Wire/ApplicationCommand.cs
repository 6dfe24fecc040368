namespace NetworkBot.Discord.Wire;

/// <summary>A chat-input command as registered with Discord (bulk overwrite body).</summary>
internal sealed record ApplicationCommand
{
    public int Type { get; init; } = 1;

    public required string Name { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public required string Description { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }

    /// <summary>A decimal permission bit set; Discord shows the command only to members holding it (servers may override).</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where a global command may be used: 0 guild, 1 direct message with the bot.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}

internal static class CommandOptionType
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int String = 3;
}

internal sealed record CommandOption
{
    public required int Type { get; init; }

    public required string Name { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public required string Description { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }

    public bool? Autocomplete { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }
}

internal sealed record CommandChoice(string Name, string Value)
{
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
}
