using System.Security.Cryptography;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;
using NetworkBot.Messaging;

namespace NetworkBot.Discord;

/// <summary>
/// Delivers Core's outgoing messages on Discord: a direct message opens the DM channel with POST /users/@me/channels
/// once per member (kept in <see cref="DirectChannelStore"/>, so also across restarts), then posts there; a channel post goes straight to the channel. Each message carries a
/// nonce that Discord enforces, so a retried send never arrives twice.
/// </summary>
internal sealed partial class DiscordChatSender(
    DiscordRestClient rest, DiscordMessageRenderer renderer, DirectChannelStore dmChannels, BotSettings settings, ILogger<DiscordChatSender> logger)
    : IPlatformSender
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    /// <summary>
    /// Failures are logged and reported as <see cref="DeliveryFailedException"/>, so the outbox records the reason and
    /// retries only what a retry can help (one failed recipient never stops the others: the outbox sends each on its own).
    /// </summary>
    public async ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var payload = Render(message.Content);
            // An outbox delivery names what it is: the same name gives the same nonce, so a resend after a crash is dropped by Discord.
            if (message.IdempotencyKey is { } key) payload = payload with { Nonce = NonceFor(key) };
            if (message.ToMember is { } member)
            {
                if (DiscordIds.LastSegment(member.Id) is not { } userId) return;
                await SendDirectAsync(userId, payload, cancellationToken);
            }
            else if (message.ToChannel is { } channel && DiscordIds.LastSegment(channel.Id) is { } channelId)
            {
                await rest.CreateMessageAsync(channelId, payload, cancellationToken);
            }
        }
        catch (DiscordApiException exception)
        {
            LogNotDelivered(message.ToMember is null ? "channel" : "direct", (int)exception.Status, exception.Code);
            throw new DeliveryFailedException(FailureOf(exception, message.ToMember is not null), inner: exception);
        }
        catch (DiscordRequestRefusedException exception)
        {
            LogRefused(exception.Message);
            throw new DeliveryFailedException(DeliveryFailure.PlatformUnavailable, inner: exception);
        }
    }

    /// <summary>Closed DMs, unknown users, channels or missing access will not change on a retry; the rest may.</summary>
    private static DeliveryFailure FailureOf(DiscordApiException exception, bool toMember) => exception.Status switch
    {
        System.Net.HttpStatusCode.TooManyRequests => DeliveryFailure.RateLimited,
        System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound =>
            toMember ? DeliveryFailure.MemberUnreachable : DeliveryFailure.ChannelUnreachable,
        _ when exception.Code == DiscordApiException.CannotSendMessagesToUser => DeliveryFailure.MemberUnreachable,
        _ => DeliveryFailure.Transient,
    };

    /// <summary>Sends a direct message; throws <see cref="DiscordApiException"/> (code 50007 when the member's DMs are closed).</summary>
    public async Task SendDirectAsync(string userId, MessagePayload payload, CancellationToken cancellationToken)
    {
        if (dmChannels.Find(ChatPlatform.Discord, userId) is not { } channelId)
        {
            channelId = await rest.CreateDmChannelAsync(userId, cancellationToken);
            dmChannels.Remember(ChatPlatform.Discord, userId, channelId);
        }

        await rest.CreateMessageAsync(channelId, payload, cancellationToken);
    }

    public Task SendToChannelAsync(string channelId, MessagePayload payload, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channelId, payload, cancellationToken);

    public MessagePayload Render(BotReply reply, AllowedMentions? mentions = null, string? prefix = null) =>
        renderer.Render(reply, Texts.For(settings.DefaultLanguage), ephemeral: false, mentions: mentions, prefix: prefix) with
        {
            Nonce = NewNonce(),
            EnforceNonce = true,
        };

    private static string NonceFor(string key) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..25].ToLowerInvariant();

    private static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();

    [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "Discord: a {Kind} message was not delivered (status {Status}, code {Code})")]
    private partial void LogNotDelivered(string kind, int status, int code);

    [LoggerMessage(EventId = 321, Level = LogLevel.Warning, Message = "Discord: a message was not sent: {Reason}")]
    private partial void LogRefused(string reason);
}
