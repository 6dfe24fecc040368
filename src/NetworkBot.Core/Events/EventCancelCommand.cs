using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>
/// <c>/event cancel ID [reason:…]</c> (organizers): asks once for confirmation, then calls the event off and tells
/// everyone registered. Registrations stay, so the record of who had signed up is kept.
/// </summary>
public sealed class EventCancelCommand(
    IEventRepository events, RegistrationService registrationService, RegistrantNotifier notifier, TimeProvider time,
    IEventScheduleListener? schedule = null) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("event", "cancel", "id", "reason", "confirm");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (existing, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, "/event cancel 3", cancellationToken);
        if (existing is null) return refusal!;
        if (existing.IsCancelled) return BotReply.PrivateText(texts.EventAlreadyCancelled(existing.Id));

        var reason = command.Arguments.Option("reason")?.Trim();
        if (reason is { Length: > 200 }) return BotReply.InvalidInput(texts.TooLong("reason", 200));
        if (YesNo.Parse(command.Arguments.Option("confirm")) != true)
        {
            var confirm = reason is null ? $"/event cancel {existing.Id} confirm:yes" : $"/event cancel {existing.Id} reason:{CommandTextParser.Quote(reason)} confirm:yes";
            return BotReply.Private(
                new TextBlock(texts.ConfirmCancel(existing.Id, existing.Title)),
                new ActionsBlock([new ReplyButton(texts.ButtonConfirmCancel, confirm, ButtonStyle.Danger)]));
        }

        var cancelled = existing with { IsCancelled = true, CancelReason = reason, UpdatedAt = time.GetUtcNow() };
        await registrationService.UpdateEventAsync(cancelled, cancellationToken);
        if (schedule is not null) await schedule.EventChangedAsync(cancelled, cancellationToken);
        var told = await notifier.NotifyCancelledAsync(cancelled, cancellationToken);
        return BotReply.PrivateText(texts.EventCancelled(existing.Id, existing.Title, told));
    }
}
