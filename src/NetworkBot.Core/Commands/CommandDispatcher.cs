using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Commands;

/// <summary>
/// Finds the handler for a command and runs it. The organizer check lives here, once, so no handler
/// can forget it.
/// </summary>
public sealed class CommandDispatcher
{
    private readonly Dictionary<string, ICommandHandler> _handlers;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers)
    {
        _handlers = handlers.ToDictionary(h => h.Definition.Key, StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<CommandDefinition> Definitions => _handlers.Values.Select(h => h.Definition);

    /// <summary>Whether a handler exists for the command; unknown names are member input and stay out of logs.</summary>
    public bool IsKnown(BotCommand command) => _handlers.ContainsKey(command.Key);

    /// <summary>
    /// Builds a command from a name and its arguments, taking the first positional as the subcommand when
    /// a handler is registered for it (<c>/event show 1</c>).
    /// </summary>
    public BotCommand Create(string name, CommandArguments arguments, CommandContext context)
    {
        name = WellFormedText.Repair(name).Trim().TrimStart('/', '／').ToLowerInvariant();
        var first = arguments.Positional(0)?.ToLowerInvariant();
        if (first is not null && _handlers.ContainsKey($"{name} {first}"))
        {
            var rest = new CommandArguments(arguments.Positionals.Skip(1).ToList(), arguments.Options);
            return new BotCommand(name, first, rest, context);
        }

        return new BotCommand(name, null, arguments, context);
    }

    /// <summary>Parses a typed line (console, Slack text) and builds the command.</summary>
    public BotCommand CreateFromText(string line, CommandContext context)
    {
        var (name, arguments) = CommandTextParser.ParseLine(line);
        return Create(name, arguments, context);
    }

    public async ValueTask<BotReply> DispatchAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        if (!_handlers.TryGetValue(command.Key, out var handler))
        {
            var subcommands = _handlers.Values
                .Where(h => h.Definition.Name.Equals(command.Name, StringComparison.OrdinalIgnoreCase) && h.Definition.Subcommand is not null)
                .Select(h => h.Definition.Subcommand!)
                .ToList();
            return subcommands.Count > 0
                ? BotReply.InvalidInput(texts.UnknownSubcommand(command.Name, command.Arguments.Positional(0), subcommands))
                : BotReply.InvalidInput(texts.UnknownCommand(command.Name));
        }

        if (handler.Definition.OrganizersOnly && !command.Context.IsOrganizer)
        {
            return BotReply.Refused(texts.OrganizersOnly(handler.Definition.Key));
        }

        return await handler.HandleAsync(command, cancellationToken);
    }
}
