using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// Starts the guided flow for a member, on their profile when they have one (answers prefilled), else on a new draft.
/// The console asks one question per line (a conversation); Slack and Discord, where a member answers a slash command
/// best in a modal, get the same questions as one form (Slack one modal, Discord modals of five chained by a button),
/// which submits every answer at once to <c>/introduce</c> or <c>/profile edit</c>.
/// </summary>
public sealed class IntroductionStarter(ConversationStore conversations, ProfileService profiles, IntroductionPublisher publisher, TimeProvider time)
{
    public async Task<BotReply> BeginAsync(CommandContext context, IntroductionPurpose purpose, CancellationToken cancellationToken)
    {
        var texts = Texts.For(context.Language);
        var draft = await profiles.GetAsync(context.Invoker.Id, cancellationToken)
            ?? MemberProfile.New(context.Invoker, context.Language, time.GetUtcNow());
        if (context.Invoker.Platform != ChatPlatform.Console) return BotReply.OpenForm(IntroductionForms.Form(draft, purpose, texts));

        var conversation = new IntroductionConversation(new IntroductionFlow(draft), purpose, texts, profiles, publisher);
        return conversations.Begin(context.Invoker.Id, conversation);
    }
}
