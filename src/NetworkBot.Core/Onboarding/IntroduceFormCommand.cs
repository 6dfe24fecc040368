using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// <c>/introduce form</c>: the same questions as one form (a Slack modal, Discord modals), prefilled from the profile.
/// Its submit runs <c>/introduce submit key:"value" …</c>.
/// </summary>
public sealed class IntroduceFormCommand(ProfileService profiles, TimeProvider time) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("introduce", "form");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;
        var draft = await profiles.GetAsync(context.Invoker.Id, cancellationToken)
            ?? MemberProfile.New(context.Invoker, context.Language, time.GetUtcNow());
        return BotReply.OpenForm(IntroductionForms.Form(draft, IntroductionPurpose.Introduce, Texts.For(context.Language)));
    }
}
