using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary><c>/event show ID</c>: one event with its time, place, seats, after-party and buttons.</summary>
public sealed class EventShowCommand(IEventRepository events, IRegistrationRepository registrations, EventCards cards) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("event", "show", "id");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (found, refusal) = await EventLookup.FindAsync(events, IdText(command), texts, "/event show 3", cancellationToken);
        if (found is null) return refusal!;
        var roster = new EventRoster(found, await registrations.ListForEventAsync(found.Id, cancellationToken));
        return BotReply.Private([.. cards.Card(roster, texts)]);
    }

    internal static string? IdText(BotCommand command) => command.Arguments.Option("id") ?? command.Arguments.Positional(0);
}
