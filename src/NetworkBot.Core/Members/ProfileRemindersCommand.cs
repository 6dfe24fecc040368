using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Members;

/// <summary><c>/profile reminders off|on</c>: turns every event reminder off or on for the member who asks; without a value it says which.</summary>
public sealed class ProfileRemindersCommand(IReminderPreferenceRepository preferences) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("profile", "reminders", "reminders");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var memberId = command.Context.Invoker.Id;
        var current = await preferences.GetAsync(memberId, cancellationToken) ?? new ReminderPreference { MemberId = memberId };
        var valueText = command.Arguments.Option("reminders") ?? command.Arguments.Positional(0);
        if (valueText is null) return BotReply.PrivateText(texts.ProfileRemindersStatus(current.AllOff, current.MutedEventIds.Count));
        if (command.Arguments.Positionals.Count > 1 || YesNo.Parse(valueText) is not { } on)
        {
            return BotReply.InvalidInput(texts.InvalidOnOff(valueText, "/profile reminders off"));
        }

        await preferences.SaveAsync(current with { AllOff = !on }, cancellationToken);
        return BotReply.PrivateText(on ? texts.ProfileRemindersOn(current.MutedEventIds.Count) : texts.ProfileRemindersOff);
    }
}
