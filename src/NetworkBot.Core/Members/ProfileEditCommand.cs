using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Onboarding;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Members;

/// <summary>
/// <c>/profile edit</c>: without options, the guided flow with every answer prefilled (a form on chat platforms); with
/// options (<c>prefecture:山形 sector:municipal interests:"交通政策,行政評価"</c>) the change is applied at once. The form submits here.
/// </summary>
public sealed class ProfileEditCommand(ProfileService profiles, IntroductionStarter starter, TimeProvider time) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("profile", "edit", ProfileFields.All);

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;
        if (command.Arguments.IsEmpty) return await starter.BeginAsync(context, IntroductionPurpose.EditProfile, cancellationToken);

        var texts = Texts.For(context.Language);
        var existing = await profiles.GetAsync(context.Invoker.Id, cancellationToken);
        var current = existing ?? MemberProfile.New(context.Invoker, context.Language, time.GetUtcNow());
        var edit = ProfileEditor.Apply(current, command.Arguments, texts);
        if (!edit.IsValid) return BotReply.InvalidInput(texts.NothingChanged(edit.Errors, texts.ProfileEditExample));
        if (existing is not null && edit.ChangedKeys.Count == 0) return BotReply.PrivateText(texts.ProfileUnchanged);

        var saved = await profiles.SaveAsync(edit.Profile!, introduced: false, cancellationToken);
        var labels = edit.ChangedKeys.Select(texts.ProfileFieldLabel).ToList();
        var blocks = new List<ReplyBlock> { new TextBlock(texts.ProfileUpdated(labels, created: existing is null)) };
        blocks.AddRange(ProfileCards.Profile(saved, texts, showEmail: true, isSelf: true));
        return BotReply.Private([.. blocks]);
    }
}
