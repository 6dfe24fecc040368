using NetworkBot.Core.Platform;

namespace NetworkBot.Messaging;

/// <summary>
/// Hands each message to the sender of the platform its recipient lives on. When this process has no connection to
/// that platform it says so (<see cref="DeliveryFailure.PlatformUnavailable"/>), so the outbox keeps the delivery.
/// </summary>
public sealed class PlatformRouter(IEnumerable<IPlatformSender> senders) : IChatSender
{
    private readonly Dictionary<ChatPlatform, IPlatformSender> _senders = senders.ToDictionary(s => s.Platform);

    public static ChatPlatform PlatformOf(OutgoingMessage message) =>
        message.ToMember?.Platform ?? message.ToChannel?.Platform ?? ChatPlatform.Console;

    public ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        _senders.TryGetValue(PlatformOf(message), out var sender)
            ? sender.SendAsync(message, cancellationToken)
            : throw new DeliveryFailedException(DeliveryFailure.PlatformUnavailable);
}
