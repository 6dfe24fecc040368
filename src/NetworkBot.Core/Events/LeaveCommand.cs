using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary><c>/leave ID</c>: cancels a registration with thanks; the first on the waitlist moves up and is told.</summary>
public sealed class LeaveCommand(IEventRepository events, RegistrationService registrationService) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("leave", null, "id");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (found, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, "/leave 3", cancellationToken);
        if (found is null) return refusal!;

        var (e, outcome) = await registrationService.LeaveAsync(found.Id, command.Context.Invoker.Id, cancellationToken);
        if (e is null || outcome is null) return BotReply.InvalidInput(texts.EventNotFound(found.Id));
        return BotReply.PrivateText(outcome.Result switch
        {
            LeaveResult.Left => texts.Left(e.Title),
            LeaveResult.NotRegistered => texts.NotRegistered(e.Id, e.Title),
            LeaveResult.EventStarted => texts.RegistrationClosed(e.Title, RegistrationClosedReason.Started),
            _ => texts.RegistrationClosed(e.Title, RegistrationClosedReason.Cancelled),
        });
    }
}
