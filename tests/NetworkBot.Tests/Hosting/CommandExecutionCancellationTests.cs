using Microsoft.Extensions.Logging.Abstractions;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Hosting;
using NetworkBot.Observability;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Hosting;

/// <summary>
/// A platform call that times out inside a command (HttpClient reports it as a cancellation) is a failure like any
/// other: the member gets the polite reply, not a 500. Only the caller's own cancellation (shutdown) stops the command.
/// </summary>
public sealed class CommandExecutionCancellationTests
{
    private static readonly CommandContext Member = new(new MemberRef("discord:1", "m"), null, Language.Ja, IsOrganizer: false);

    [Fact]
    public async Task HandlerTimesOut_CallerNotCancelled_PoliteFailureReply()
    {
        var execution = Execution(new TimingOutCommand());

        var reply = await execution.RunAsync(execution.Dispatcher.CreateFromText("/slow", Member), CancellationToken.None);

        Assert.Contains("問題が起きました", NetworkBot.Console.PlainTextRenderer.Render(reply));
    }

    [Fact]
    public async Task CallerCancels_CancellationReachesTheCaller()
    {
        var execution = Execution(new TimingOutCommand());
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await execution.RunAsync(execution.Dispatcher.CreateFromText("/slow", Member), stopping.Token));
    }

    private static CommandExecution Execution(ICommandHandler handler) =>
        new(new CommandDispatcher([handler]), new BotMetrics(MetricsRecorder.NewMeterFactory()), NullLogger<CommandExecution>.Instance);

    private sealed class TimingOutCommand : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new("slow", null, false, []);

        // What HttpClient throws when its own timeout passes.
        public ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken) =>
            throw new TaskCanceledException("The request was canceled due to HttpClient.Timeout.", new TimeoutException(), cancellationToken);
    }
}
