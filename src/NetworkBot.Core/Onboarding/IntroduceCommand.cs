using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// <c>/introduce</c>: the guided self-introduction. Without options it starts the questions (one per message in the
/// console; a form on chat platforms). With options (<c>name:"…" prefecture:山形 …</c>, which is also what the form
/// submits) every answer is applied at once, the profile saved and the introduction card posted.
/// </summary>
public sealed class IntroduceCommand(IntroductionStarter starter, ProfileService profiles, IntroductionPublisher publisher, TimeProvider time) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("introduce", null, ProfileFields.All);

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;
        if (command.Arguments.IsEmpty) return await starter.BeginAsync(context, IntroductionPurpose.Introduce, cancellationToken);

        var texts = Texts.For(context.Language);
        var current = await profiles.GetAsync(context.Invoker.Id, cancellationToken)
            ?? MemberProfile.New(context.Invoker, context.Language, time.GetUtcNow());
        var edit = ProfileEditor.Apply(current, command.Arguments, texts);
        if (!edit.IsValid) return BotReply.InvalidInput(texts.NothingChanged(edit.Errors, texts.IntroduceExample));

        var saved = await profiles.SaveAsync(edit.Profile! with { Language = context.Language }, introduced: true, cancellationToken);
        var posted = await publisher.PublishAsync(saved, cancellationToken);
        return ProfileCards.Saved(texts, introduced: true, posted);
    }
}
