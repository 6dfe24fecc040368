using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>
/// <c>/event create</c> (organizers): without options it opens a form; with options
/// (<c>title:"…" start:"2026-12-05 14:00" …</c>) it creates the event at once.
/// </summary>
public sealed class EventCreateCommand(
    IEventRepository events, EventFieldsReader reader, EventForms forms, EventCards cards, TimeProvider time,
    IEventScheduleListener? schedule = null) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("event", "create", EventFields.All);

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        if (command.Arguments.IsEmpty) return BotReply.OpenForm(forms.Create(texts));
        if (command.Arguments.Positionals.Count > 0)
        {
            return BotReply.InvalidInput(texts.UnexpectedWords(command.Arguments.Positionals, texts.EventCreateExample));
        }

        var now = time.GetUtcNow();
        var result = reader.Read(null, command.Arguments, command.Context.Invoker.Id, command.Context.Channel?.Id, now, texts);
        if (!result.IsValid) return BotReply.InvalidInput(texts.NothingChanged(result.Errors, texts.EventCreateExample));

        var created = await events.AddAsync(result.Event!, cancellationToken);
        if (schedule is not null) await schedule.EventChangedAsync(created, cancellationToken);
        var blocks = new List<ReplyBlock> { new TextBlock(texts.EventCreated(created.Id, created.Title)) };
        blocks.AddRange(cards.Card(new EventRoster(created, []), texts));
        return BotReply.Public([.. blocks]);
    }
}
