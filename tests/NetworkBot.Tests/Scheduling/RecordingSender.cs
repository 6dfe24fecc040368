using System.Collections.Concurrent;
using NetworkBot.Console;
using NetworkBot.Core.Platform;
using NetworkBot.Messaging;

namespace NetworkBot.Tests.Scheduling;

/// <summary>A console platform that records what it was asked to deliver, and when; it can be told to fail.</summary>
internal sealed class RecordingSender(TimeProvider time) : IPlatformSender
{
    private readonly ConcurrentQueue<Delivered> _delivered = new();

    public ChatPlatform Platform => ChatPlatform.Console;

    /// <summary>Returns an exception to throw instead of delivering, or null to deliver.</summary>
    public Func<OutgoingMessage, Exception?> Failure { get; set; } = _ => null;

    public IReadOnlyList<Delivered> Delivered => [.. _delivered];

    public ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (Failure(message) is { } exception) throw exception;
        _delivered.Enqueue(new Delivered(time.GetUtcNow(), message.ToMember?.Id ?? message.ToChannel!.Id, PlainTextRenderer.Render(message.Content)));
        return ValueTask.CompletedTask;
    }
}

/// <summary>One delivered message: when, to which member or channel id, and its text as the console shows it.</summary>
internal sealed record Delivered(DateTimeOffset At, string To, string Text);
