using NetworkBot.Core.Platform;
using NetworkBot.Messaging;

namespace NetworkBot.Scheduling;

/// <summary>
/// Routes outbox deliveries like <see cref="ChatSender"/>, but says so when this process has no connection to the
/// recipient's platform, so the delivery stays in the outbox to be tried again instead of counting as sent.
/// </summary>
internal sealed class OutboxChatSender(IEnumerable<IPlatformSender> senders) : IChatSender
{
    private readonly Dictionary<ChatPlatform, IPlatformSender> _senders = senders.ToDictionary(s => s.Platform);

    public ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var platform = message.ToMember?.Platform ?? message.ToChannel?.Platform ?? ChatPlatform.Console;
        return _senders.TryGetValue(platform, out var sender)
            ? sender.SendAsync(message, cancellationToken)
            : throw new DeliveryFailedException(DeliveryFailure.PlatformUnavailable);
    }
}
