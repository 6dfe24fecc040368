using Microsoft.Extensions.Options;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Messaging;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// Slack's part of Core's outgoing port: direct messages (<c>conversations.open</c>, kept, then <c>chat.postMessage</c>)
/// and channel posts (<c>chat.postMessage</c>, paced per channel). Failures surface as <see cref="SlackApiException"/>.
/// </summary>
public sealed class SlackChatSender(
    IOptions<SlackOptions> options,
    SlackWebApiClient api,
    SlackDirectMessages directMessages,
    BlockKitRenderer renderer,
    BotSettings settings,
    ILogger<SlackChatSender> logger) : IPlatformSender
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            SlackLog.NotConfigured(logger);
            return;
        }

        var rendered = renderer.RenderMessage(message.Content, Texts.For(settings.DefaultLanguage));
        if (message.ToMember is { } member && SlackIds.LocalPart(member.Id) is { } userId)
        {
            await directMessages.SendAsync(userId, rendered, cancellationToken);
        }
        else if (message.ToChannel is { } channel && SlackIds.LocalPart(channel.Id) is { } channelId)
        {
            await api.PostMessageAsync(channelId, rendered, cancellationToken);
        }
    }
}
