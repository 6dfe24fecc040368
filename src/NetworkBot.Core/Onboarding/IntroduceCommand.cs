using NetworkBot.Core.Commands;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// <c>/introduce</c>: the guided self-introduction, one question per message (console, direct messages). The member's
/// next messages are the answers; the profile is saved and the card posted once they confirm the summary.
/// </summary>
public sealed class IntroduceCommand(IntroductionStarter starter) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("introduce");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken) =>
        await starter.BeginAsync(command.Context, IntroductionPurpose.Introduce, cancellationToken);
}
