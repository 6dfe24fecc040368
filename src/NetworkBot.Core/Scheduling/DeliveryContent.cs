using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Scheduling;

/// <summary>What to send for an outbox entry at the moment it is sent, or why it should no longer be sent.</summary>
public sealed record DeliveryContent(OutgoingMessage? Message, string? SkipReason)
{
    public static DeliveryContent Send(OutgoingMessage message) => new(message, null);

    public static DeliveryContent Skip(string reason) => new(null, reason);
}
