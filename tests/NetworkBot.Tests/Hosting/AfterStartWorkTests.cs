using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkBot.Hosting;

namespace NetworkBot.Tests.Hosting;

/// <summary>Work after the start waits for the start, runs one task at a time in order, and survives a failing task.</summary>
public sealed class AfterStartWorkTests
{
    [Fact]
    public async Task Run_TasksWaitForTheStartThenGoOneAfterAnother()
    {
        var first = new ControlledTask();
        var second = new ControlledTask();
        var lifetime = new Lifetime();
        using var work = new AfterStartWork([first, second], lifetime, NullLogger<AfterStartWork>.Instance);

        await work.StartAsync(default);
        Assert.False(first.Started.Task.IsCompleted, "a task ran before the service had started");

        await lifetime.StartedSource.CancelAsync();
        await first.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(second.Started.Task.IsCompleted, "the second task began while the first was still running");

        first.Finish.SetResult();
        await second.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        second.Finish.SetResult();
        await work.StopAsync(default);
    }

    [Fact]
    public async Task Run_ATaskFails_TheNextStillRuns()
    {
        var failing = new ControlledTask();
        var next = new ControlledTask();
        var lifetime = new Lifetime();
        using var work = new AfterStartWork([failing, next], lifetime, NullLogger<AfterStartWork>.Instance);

        await work.StartAsync(default);
        await lifetime.StartedSource.CancelAsync();
        failing.Finish.SetException(new InvalidOperationException("warm-up failed"));

        await next.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        next.Finish.SetResult();
        await work.StopAsync(default);
    }

    [Fact]
    public void AddAfterStartTask_SeveralTasks_OneRunnerRunsThemAll()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        services.AddAfterStartTask<ControlledTask>().AddAfterStartTask<ControlledTask>();

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IAfterStartTask)));
    }

    private sealed class ControlledTask : IAfterStartTask
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task RunAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            return Finish.Task;
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationTokenSource StartedSource { get; } = new();

        public CancellationToken ApplicationStarted => StartedSource.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
