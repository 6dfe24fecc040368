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

    public ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var platform = message.ToMember?.Platform ?? message.ToChannel?.Platform ?? ChatPlatform.Console;
        if (_senders.TryGetValue(platform, out var sender)) return sender.SendAsync(message, cancellationToken);
        LogNoSender(platform.ToString());
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "No {Platform} connection is configured here, so a message for that platform was not delivered")]
    private partial void LogNoSender(string platform);
}
