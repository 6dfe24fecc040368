using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// Greets a member the bot has never met, once: a short welcome and an invitation to <c>/introduce</c>, as a direct
/// message. Platforms call it from their join events; the console calls it on the first command of a new name.
/// </summary>
public sealed class WelcomeService(IMemberRepository members, IChatSender sender, TimeProvider time)
{
    /// <summary>Returns true when a welcome was sent; false for a member already met or already introduced.</summary>
    public async Task<bool> GreetIfNewAsync(MemberRef member, Language language, CancellationToken cancellationToken)
    {
        if (!await members.MarkSeenAsync(member.Id, time.GetUtcNow(), cancellationToken)) return false;
        if (await members.GetAsync(member.Id, cancellationToken) is not null) return false;

        var texts = Texts.For(language);
        var welcome = BotReply.Private(
            new TextBlock(texts.Welcome(Text.MessageText.Neutralize(member.DisplayName))),
            new ActionsBlock([new ReplyButton(texts.ButtonIntroduce, "/introduce", ButtonStyle.Primary), new ReplyButton(texts.ButtonMap, "/members map")]));
        await sender.SendAsync(OutgoingMessage.ToDirect(member, welcome), cancellationToken);
        return true;
    }
}
