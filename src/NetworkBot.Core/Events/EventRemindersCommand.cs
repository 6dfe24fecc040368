using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Events;

/// <summary>
/// <c>/event reminders ID</c> (organizers): each reminder of the event with its time and how its deliveries stand —
/// sent, waiting, failed (with who and why), skipped because the member turned reminders off.
/// </summary>
public sealed class EventRemindersCommand(
    IEventRepository events, IScheduledSendRepository sends, IOutbox outbox, EventReminders reminders, BotSettings settings) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("event", "reminders", "id");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (e, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, "/event reminders 3", cancellationToken);
        if (e is null) return refusal!;

        var offsets = reminders.OffsetsFor(e);
        var planned = (await sends.ListForSourceAsync(ScheduledSendKind.EventReminder, e.Id, cancellationToken)).OrderBy(s => s.DueAt).ToList();
        var entries = await outbox.ListAsync(ScheduleKeys.EventPrefix(e.Id), cancellationToken);
        var blocks = new List<ReplyBlock> { new HeadingBlock(texts.ReminderStatusHeading(e.Id, e.Title)) };
        if (e.IsCancelled) blocks.Add(new TextBlock(texts.CancelledBanner(e.CancelReason)));
        if (planned.Count == 0)
        {
            blocks.Add(new TextBlock(offsets.Count == 0 ? texts.RemindersTurnedOffForEvent(e.Id) : texts.NoRemindersPlanned));
            return BotReply.Private([.. blocks]);
        }

        var lines = new List<string>();
        foreach (var send in planned)
        {
            var offset = send.Offset ?? EventReminders.DayBefore;
            var label = texts.ReminderLabel(offset, offsets.Contains(offset), offset == EventReminders.DayBefore);
            var ofSend = entries.Where(x => x.ScheduledSendId == send.Id).ToList();
            lines.Add(texts.ReminderStatusLine(label, texts.DateTime(settings.ToLocal(send.DueAt)), send.Status, DeliveryCounts.Of(ofSend)));
            lines.AddRange(ofSend.Where(x => x.Status == DeliveryStatus.Failed || (x.IsOpen && x.Reason is not null))
                .Select(x => texts.FailedDeliveryLine(x.MemberName ?? (x.ChannelId is { } c ? ChannelInput.Display(new ChannelRef(c)) : ""), x.Reason!, x.IsOpen)));
        }

        blocks.Add(new TextBlock(string.Join("\n", lines)));
        blocks.Add(new ContextBlock(texts.ReminderStatusFooter(e.Id)));
        return BotReply.Private([.. blocks]);
    }
}
