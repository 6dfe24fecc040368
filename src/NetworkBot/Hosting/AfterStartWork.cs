namespace NetworkBot.Hosting;

/// <summary>Work the service does once, after it has started and answers (warming caches, reading the data file through).</summary>
public interface IAfterStartTask
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Runs the <see cref="IAfterStartTask"/>s once the service answers, one after another in the order they were added:
/// so they do not hold up the start, and each one's memory (50,000 profiles read, say) is handed back before the next
/// begins instead of piling up into one peak.
/// </summary>
internal sealed partial class AfterStartWork(
    IEnumerable<IAfterStartTask> tasks, IHostApplicationLifetime lifetime, ILogger<AfterStartWork> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStartedAsync(lifetime.ApplicationStarted, stoppingToken);
        foreach (var task in tasks)
        {
            try
            {
                await task.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // One task failing does not stop the others; each says itself what its failure means.
                LogTaskFailed(task.GetType().Name, exception);
            }
        }
    }

    private static Task WhenStartedAsync(CancellationToken started, CancellationToken stopping)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        started.Register(() => ready.TrySetResult());
        stopping.Register(() => ready.TrySetCanceled(stopping));
        return ready.Task;
    }

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "{Task} failed after the start")]
    private partial void LogTaskFailed(string task, Exception exception);
}

public static class AfterStartWorkSetup
{
    /// <summary>Adds <typeparamref name="TTask"/> to the work done after the start, behind the tasks added before it.</summary>
    public static IServiceCollection AddAfterStartTask<TTask>(this IServiceCollection services)
        where TTask : class, IAfterStartTask
    {
        services.AddSingleton<IAfterStartTask, TTask>();
        services.AddHostedService<AfterStartWork>(); // added once however many tasks there are
        return services;
    }
}
