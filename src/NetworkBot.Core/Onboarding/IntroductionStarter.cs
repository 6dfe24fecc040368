using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>Starts the guided flow for a member: on their profile when they have one (answers prefilled), else on a new draft.</summary>
public sealed class IntroductionStarter(ConversationStore conversations, ProfileService profiles, IntroductionPublisher publisher, TimeProvider time)
{
    public async Task<BotReply> BeginAsync(CommandContext context, IntroductionPurpose purpose, CancellationToken cancellationToken)
    {
        var texts = Texts.For(context.Language);
        var draft = await profiles.GetAsync(context.Invoker.Id, cancellationToken)
            ?? MemberProfile.New(context.Invoker, context.Language, time.GetUtcNow());
        var conversation = new IntroductionConversation(new IntroductionFlow(draft), purpose, texts, profiles, publisher);
        return conversations.Begin(context.Invoker.Id, conversation);
    }
}
