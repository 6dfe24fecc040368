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
        if (await WelcomeIfNewAsync(member, language, cancellationToken) is not { } welcome) return false;
        await sender.SendAsync(OutgoingMessage.ToDirect(member, welcome), cancellationToken);
        return true;
    }

    /// <summary>
    /// The welcome for a member met for the first time (and records the meeting), or null. For adapters that deliver
    /// it themselves, for example in a channel when the member's direct messages are closed.
    /// </summary>
    public async Task<BotReply?> WelcomeIfNewAsync(MemberRef member, Language language, CancellationToken cancellationToken)
    {
        if (!await members.MarkSeenAsync(member.Id, time.GetUtcNow(), cancellationToken)) return null;
        if (await members.GetAsync(member.Id, cancellationToken) is not null) return null;

        var texts = Texts.For(language);
        return BotReply.Private(
            new TextBlock(texts.WelcomeNewcomer(Text.MessageText.Neutralize(member.DisplayName))),
            new ActionsBlock([new ReplyButton(texts.ButtonStartIntroduction, "/introduce", ButtonStyle.Primary), new ReplyButton(texts.ButtonMap, "/members map")]));
    }
}
