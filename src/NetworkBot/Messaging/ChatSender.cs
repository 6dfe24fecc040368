using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Observability;

namespace NetworkBot.Messaging;

/// <summary>One platform's way of delivering outgoing messages.</summary>
public interface IPlatformSender
{
    ChatPlatform Platform { get; }

    ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Core's outgoing port for messages sent right away (promotion notices, welcomes): routes them by platform and
/// logs a failure instead of passing it on, so a platform outage never turns a member's join or leave into an error.
/// </summary>
public sealed partial class ChatSender(PlatformRouter router, BotMetrics metrics, ILogger<ChatSender> logger) : IChatSender
{
    public async ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var platform = PlatformRouter.PlatformOf(message);
        try
        {
            await router.SendAsync(message, cancellationToken);
            metrics.DeliverySent(platform, BotMetrics.ImmediateKind);
        }
        catch (DeliveryFailedException failure) when (failure.Failure == DeliveryFailure.PlatformUnavailable && failure.InnerException is null)
        {
            metrics.DeliveryFailed(platform, BotMetrics.ImmediateKind, DeliveryReasons.For(failure.Failure), willRetry: false);
            LogNoSender(platform.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var reason = DeliveryReasons.For((exception as DeliveryFailedException)?.Failure ?? DeliveryFailure.Transient);
            metrics.DeliveryFailed(platform, BotMetrics.ImmediateKind, reason, willRetry: false);
            LogSendFailed(platform.ToString(), exception.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "No {Platform} connection is configured here, so a message for that platform was not delivered")]
    private partial void LogNoSender(string platform);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "A message to {Platform} could not be delivered ({Failure})")]
    private partial void LogSendFailed(string platform, string failure);
}
