using System.Collections.Concurrent;
using NetworkBot.Console;
using NetworkBot.Core.Platform;
using NetworkBot.Messaging;

namespace NetworkBot.Tests.Scheduling;

/// <summary>A console platform that records what it was asked to deliver, and when; it can be told to fail or to hold a send.</summary>
internal sealed class RecordingSender(TimeProvider time) : IPlatformSender
{
    private readonly ConcurrentQueue<Delivered> _delivered = new();

    public ChatPlatform Platform => ChatPlatform.Console;

    /// <summary>Returns an exception to throw instead of delivering, or null to deliver.</summary>
    public Func<OutgoingMessage, Exception?> Failure { get; set; } = _ => null;

    /// <summary>Awaited before the message reaches the platform: a send still on its way.</summary>
    public Func<OutgoingMessage, CancellationToken, Task> BeforeDelivery { get; set; } = (_, _) => Task.CompletedTask;

    /// <summary>Awaited after the platform took the message, before the send returns: the answer still on its way back.</summary>
    public Func<OutgoingMessage, CancellationToken, Task> AfterDelivery { get; set; } = (_, _) => Task.CompletedTask;

    public IReadOnlyList<Delivered> Delivered => [.. _delivered];

    public async ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (Failure(message) is { } exception) throw exception;
        await BeforeDelivery(message, cancellationToken);
        _delivered.Enqueue(new Delivered(time.GetUtcNow(), message.ToMember?.Id ?? message.ToChannel!.Id, PlainTextRenderer.Render(message.Content), message.IdempotencyKey));
        await AfterDelivery(message, cancellationToken);
    }
}

/// <summary>One delivered message: when, to which member or channel id, its text as the console shows it, and the name it was sent under.</summary>
internal sealed record Delivered(DateTimeOffset At, string To, string Text, string? Key = null);
