using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>
/// <c>/event edit ID key:value …</c> (organizers): changes an event; registrants hear about changes to time
/// and place, and a raised capacity moves people up from the waitlist. Without options it opens the form, filled in.
/// </summary>
public sealed class EventEditCommand(
    IEventRepository events,
    RegistrationService registrationService,
    EventFieldsReader reader,
    EventForms forms,
    RegistrantNotifier notifier,
    EventCards cards,
    TimeProvider time,
    IEventScheduleListener? schedule = null) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("event", "edit", ["id", .. EventFields.All]);

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (existing, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, texts.EventEditExample, cancellationToken);
        if (existing is null) return refusal!;
        if (existing.IsCancelled) return BotReply.PrivateText(texts.EventAlreadyCancelled(existing.Id));

        var options = command.Arguments.Options.Where(o => !o.Key.Equals("id", StringComparison.OrdinalIgnoreCase)).ToDictionary();
        if (options.Count == 0) return BotReply.OpenForm(forms.Edit(existing, texts));
        var extraWords = command.Arguments.Positionals.Skip(command.Arguments.Has("id") ? 0 : 1).ToList();
        if (extraWords.Count > 0) return BotReply.InvalidInput(texts.UnexpectedWords(extraWords, texts.EventEditExample));

        var now = time.GetUtcNow();
        var arguments = new CommandArguments([], options);
        var result = reader.Read(existing, arguments, command.Context.Invoker.Id, command.Context.Channel?.Id, now, texts);
        if (!result.IsValid) return BotReply.InvalidInput(texts.NothingChanged(result.Errors, texts.EventEditExample));
        if (result.ChangedKeys.Count == 0) return BotReply.PrivateText(texts.EventUnchanged(existing.Id));

        var updated = result.Event!;
        await registrationService.UpdateEventAsync(updated, cancellationToken);
        if (schedule is not null) await schedule.EventChangedAsync(updated, cancellationToken);
        var told = 0;
        if (result.ChangedKeys.Intersect(EventFields.WorthTelling).Any())
        {
            told = await notifier.NotifyChangedAsync(updated, cancellationToken);
        }

        var roster = await registrationService.GetRosterAsync(updated.Id, cancellationToken);
        var blocks = new List<ReplyBlock> { new TextBlock(texts.EventUpdated(updated.Id, result.ChangedKeys, told)) };
        blocks.AddRange(cards.Card(roster!, texts));
        return BotReply.Private([.. blocks]);
    }
}
