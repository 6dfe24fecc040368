using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Onboarding;

/// <summary>
/// Posts a member's introduction card to the introductions channel of their platform (<c>Bot:IntroductionsChannel</c>),
/// in the bot's default language, through the outgoing port. The card never pings anyone.
/// </summary>
public sealed class IntroductionPublisher(IChatSender sender, BotSettings settings)
{
    /// <summary>Returns false when no introductions channel is set for the member's platform.</summary>
    public async Task<bool> PublishAsync(MemberProfile profile, CancellationToken cancellationToken)
    {
        var channel = settings.IntroductionsChannelFor(ChatPlatforms.FromId(profile.MemberId));
        if (channel is null) return false;
        var card = ProfileCards.IntroductionCard(profile, Texts.For(settings.DefaultLanguage));
        await sender.SendAsync(OutgoingMessage.ToChannelPost(channel, card), cancellationToken);
        return true;
    }
}
