using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary><c>/remind ID off|on</c>: stops or restarts the reminders of one event for the member who asks.</summary>
public sealed class RemindCommand(IEventRepository events, IReminderPreferenceRepository preferences) : ICommandHandler
{
    private const string Usage = "/remind 3 off";

    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("remind", null, "id", "reminders");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var args = command.Arguments;
        var (found, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, Usage, cancellationToken);
        if (found is null) return refusal!;

        var valueText = args.Option("reminders") ?? args.Positional(args.Has("id") ? 0 : 1);
        if (valueText is null || YesNo.Parse(valueText) is not { } on) return BotReply.InvalidInput(texts.InvalidOnOff(valueText ?? "", Usage));

        var memberId = command.Context.Invoker.Id;
        var current = await preferences.GetAsync(memberId, cancellationToken) ?? new ReminderPreference { MemberId = memberId };
        var muted = current.MutedEventIds.Where(id => id != found.Id).ToList();
        if (!on) muted.Add(found.Id);
        await preferences.SaveAsync(current with { MutedEventIds = muted }, cancellationToken);
        return BotReply.PrivateText(on ? texts.EventRemindersOn(found.Id, found.Title, current.AllOff) : texts.EventRemindersOff(found.Id, found.Title));
    }
}
