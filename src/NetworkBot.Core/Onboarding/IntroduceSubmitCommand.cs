using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// <c>/introduce submit name:"…" prefecture:… …</c>: what the introduction form sends. Applies every answer at once
/// (one problem and nothing changes), saves the profile and posts the introduction card.
/// </summary>
public sealed class IntroduceSubmitCommand(ProfileService profiles, IntroductionPublisher publisher, TimeProvider time) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("introduce", "submit", ProfileFields.All);

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;
        var texts = Texts.For(context.Language);
        var current = await profiles.GetAsync(context.Invoker.Id, cancellationToken)
            ?? MemberProfile.New(context.Invoker, context.Language, time.GetUtcNow());
        var edit = ProfileEditor.Apply(current, command.Arguments, texts);
        if (!edit.IsValid) return BotReply.PrivateText(texts.NothingChanged(edit.Errors, texts.ProfileEditExample));

        var saved = await profiles.SaveAsync(edit.Profile! with { Language = context.Language }, introduced: true, cancellationToken);
        var posted = await publisher.PublishAsync(saved, cancellationToken);
        return ProfileCards.Saved(texts, introduced: true, posted);
    }
}
