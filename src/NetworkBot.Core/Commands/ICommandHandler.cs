using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Commands;

/// <summary>One command's behaviour. Handlers are found by <see cref="CommandDefinition.Key"/>.</summary>
public interface ICommandHandler
{
    CommandDefinition Definition { get; }

    ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken);
}

/// <summary>
/// What a platform needs to know about a command to offer it: its name, subcommand, whether only
/// organizers may run it, and its option keys. Descriptions live with the other texts, per language.
/// </summary>
public sealed record CommandDefinition(string Name, string? Subcommand, bool OrganizersOnly, IReadOnlyList<string> OptionKeys)
{
    public string Key => Subcommand is null ? Name : $"{Name} {Subcommand}";

    public static CommandDefinition ForEveryone(string name, string? subcommand = null, params string[] optionKeys) =>
        new(name, subcommand, false, optionKeys);

    public static CommandDefinition ForOrganizers(string name, string? subcommand = null, params string[] optionKeys) =>
        new(name, subcommand, true, optionKeys);
}
