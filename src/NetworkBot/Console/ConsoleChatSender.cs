using NetworkBot.Core.Platform;
using NetworkBot.Messaging;

namespace NetworkBot.Console;

/// <summary>Delivers messages to console members by printing them, marked so they stand apart from replies.</summary>
public sealed class ConsoleChatSender(ConsoleOutput output) : IPlatformSender
{
    public ChatPlatform Platform => ChatPlatform.Console;

    public ValueTask SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var to = message.ToMember is { } member ? $"📨 {member.DisplayName} (DM)" : $"📣 #{message.ToChannel?.Id.Split(':').Last()}";
        output.WriteBlock($"{to}\n{PlainTextRenderer.Render(message.Content)}");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Where the console writes; one writer shared by replies and delivered messages, never interleaved.</summary>
public sealed class ConsoleOutput(TextWriter writer)
{
    private readonly Lock _gate = new();

    public void WriteBlock(string text)
    {
        lock (_gate)
        {
            writer.WriteLine(text);
            writer.WriteLine();
            writer.Flush();
        }
    }

    public void Write(string text)
    {
        lock (_gate)
        {
            writer.Write(text);
            writer.Flush();
        }
    }
}
