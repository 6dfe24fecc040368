using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// The guided introduction as a conversation: feeds each message to the <see cref="IntroductionFlow"/>, shows the
/// next step, and on confirmation saves the profile and (for <c>/introduce</c>) posts the introduction card.
/// </summary>
public sealed class IntroductionConversation(
    IntroductionFlow flow, IntroductionPurpose purpose, Texts texts, ProfileService profiles, IntroductionPublisher publisher) : IConversation
{
    public IntroductionFlow Flow => flow;

    public BotReply Start()
    {
        var step = flow.Start();
        return IntroductionPrompts.Question(flow, step.Question!, texts, null,
            texts.IntroStart(purpose == IntroductionPurpose.Introduce, flow.Questions.Count));
    }

    public async ValueTask<ConversationTurn> ContinueAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        var step = flow.Answer(text, texts);
        switch (step.State)
        {
            case FlowState.Asking:
                return new ConversationTurn(IntroductionPrompts.Question(flow, step.Question!, texts, step.Problem), false);
            case FlowState.Confirming:
                return new ConversationTurn(IntroductionPrompts.Summary(flow, purpose, texts, step.Problem), false);
            case FlowState.Cancelled:
                return new ConversationTurn(BotReply.PrivateText(texts.IntroCancelled(purpose == IntroductionPurpose.Introduce)), true);
        }

        var introduce = purpose == IntroductionPurpose.Introduce;
        var saved = await profiles.SaveAsync(flow.Draft with { Language = context.Language }, introduce, cancellationToken);
        var posted = introduce && await publisher.PublishAsync(saved, cancellationToken);
        return new ConversationTurn(ProfileCards.Saved(texts, introduce, posted), true);
    }
}
