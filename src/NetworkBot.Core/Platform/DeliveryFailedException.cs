namespace NetworkBot.Core.Platform;

/// <summary>Why a platform did not take a message. Adapters report it so the outbox knows whether to try again.</summary>
public enum DeliveryFailure
{
    /// <summary>The member left, blocked the bot or closed direct messages: trying again will not help.</summary>
    MemberUnreachable,

    /// <summary>The channel is gone or the bot may not post there: trying again will not help.</summary>
    ChannelUnreachable,

    /// <summary>This process has no connection to the recipient's platform right now.</summary>
    PlatformUnavailable,

    /// <summary>The platform asked us to slow down.</summary>
    RateLimited,

    /// <summary>Anything else, such as a network error or a server error on the platform's side.</summary>
    Transient,
}

/// <summary>
/// Thrown by an <see cref="IChatSender"/> when a message was not delivered, with the reason in a form the outbox can act
/// on. Any other exception from a sender counts as <see cref="DeliveryFailure.Transient"/>.
/// </summary>
public sealed class DeliveryFailedException(DeliveryFailure failure, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception($"The message was not delivered: {failure}.", inner)
{
    public DeliveryFailure Failure { get; } = failure;

    /// <summary>How long the platform asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether sending the same message again later may succeed.</summary>
    public bool CanRetry => Failure is not (DeliveryFailure.MemberUnreachable or DeliveryFailure.ChannelUnreachable);
}
