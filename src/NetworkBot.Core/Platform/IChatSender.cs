using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Platform;

/// <summary>
/// The outgoing port: messages the bot sends on its own (promotion notices, reminders, announcements,
/// welcomes). Each platform adapter, and the console, implements it.
/// </summary>
public interface IChatSender
{
    ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A message to one member (a direct message) or to a channel. <see cref="IdempotencyKey"/>, when set, names what the
/// message is (an outbox key), so an adapter can pass it to a platform that drops repeats (Discord's nonce).
/// </summary>
public sealed record OutgoingMessage(MemberRef? ToMember, ChannelRef? ToChannel, BotReply Content, string? IdempotencyKey = null)
{
    public static OutgoingMessage ToDirect(MemberRef member, BotReply content) => new(member, null, content);

    public static OutgoingMessage ToChannelPost(ChannelRef channel, BotReply content) => new(null, channel, content);
}
