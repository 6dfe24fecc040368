using System.Diagnostics;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Replies;
using NetworkBot.Observability;

namespace NetworkBot.Hosting;

/// <summary>
/// Runs a command for any front end: times it, logs one line and counts it (platform, command, outcome, elapsed; never
/// the member or their text), and turns an unexpected failure into a polite reply instead of a crash.
/// </summary>
public sealed partial class CommandExecution(CommandDispatcher dispatcher, BotMetrics metrics, ILogger<CommandExecution> logger)
{
    public CommandDispatcher Dispatcher => dispatcher;

    public async ValueTask<BotReply> RunAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = dispatcher.IsKnown(command) ? command.Key : "(unknown)";
        var platform = command.Context.Invoker.Platform;
        try
        {
            var reply = await dispatcher.DispatchAsync(command, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var outcome = BotMetrics.Name(reply.Outcome);
            metrics.CommandRan(platform, name, outcome, elapsed);
            LogCommand(platform.ToString(), name, outcome, elapsed.TotalMilliseconds);
            return reply;
        }
        // A platform call timing out surfaces as a cancellation too; only the caller's own (shutdown) is let through.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.CommandRan(platform, name, BotMetrics.Failed, elapsed);
            LogCommandFailed(exception, platform.ToString(), name, BotMetrics.Failed, elapsed.TotalMilliseconds);
            return BotReply.PrivateText(Texts.For(command.Context.Language).SomethingWentWrong);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Command {Platform} /{Command}: {Outcome} in {ElapsedMs:0.0} ms")]
    private partial void LogCommand(string platform, string command, string outcome, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Command {Platform} /{Command}: {Outcome} after {ElapsedMs:0.0} ms")]
    private partial void LogCommandFailed(Exception exception, string platform, string command, string outcome, double elapsedMs);
}
