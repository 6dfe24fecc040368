using System.Diagnostics;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Hosting;

/// <summary>
/// Runs a command for any front end: times it, logs one line (platform, command, outcome, elapsed; never the
/// member or their text), and turns an unexpected failure into a polite reply instead of a crash.
/// </summary>
public sealed partial class CommandExecution(CommandDispatcher dispatcher, ILogger<CommandExecution> logger)
{
    public CommandDispatcher Dispatcher => dispatcher;

    public async ValueTask<BotReply> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = dispatcher.IsKnown(command) ? command.Key : "(unknown)";
        try
        {
            var reply = await dispatcher.DispatchAsync(command, cancellationToken);
            LogCommand(command.Context.Invoker.Platform, name, "ok", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return reply;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCommandFailed(exception, command.Context.Invoker.Platform, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return BotReply.PrivateText(Texts.For(command.Context.Language).SomethingWentWrong);
        }
    }

    // The platform goes in as it is: it becomes text only when the line is actually written.
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Command {Platform} /{Command}: {Outcome} in {ElapsedMs:0.0} ms")]
    private partial void LogCommand(ChatPlatform platform, string command, string outcome, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Command {Platform} /{Command} failed after {ElapsedMs:0.0} ms")]
    private partial void LogCommandFailed(Exception exception, ChatPlatform platform, string command, double elapsedMs);
}
