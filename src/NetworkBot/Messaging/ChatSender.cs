using NetworkBot.Core.Platform;

namespace NetworkBot.Messaging;

/// <summary>One platform's way of delivering outgoing messages.</summary>
public interface IPlatformSender
{
    ChatPlatform Platform { get; }

    ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>Core's outgoing port: hands each message to the sender of the platform its recipient lives on.</summary>
public sealed partial class ChatSender(IEnumerable<IPlatformSender> senders, ILogger<ChatSender> logger) : IChatSender
{
    private readonly Dictionary<ChatPlatform, IPlatformSender> _senders = senders.ToDictionary(s => s.Platform);

    public async ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var platform = message.ToMember?.Platform ?? message.ToChannel?.Platform ?? ChatPlatform.Console;
        if (!_senders.TryGetValue(platform, out var sender))
        {
            LogNoSender(platform.ToString());
            return;
        }

        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A platform outage must not turn a member's successful join or leave into an error reply.
            LogSendFailed(platform.ToString(), exception.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "No {Platform} connection is configured here, so a message for that platform was not delivered")]
    private partial void LogNoSender(string platform);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "A message to {Platform} could not be delivered ({Failure})")]
    private partial void LogSendFailed(string platform, string failure);
}
