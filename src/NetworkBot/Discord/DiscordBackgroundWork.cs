using System.Collections.Concurrent;

namespace NetworkBot.Discord;

/// <summary>
/// Work that outlives the request that started it (finishing a deferred reply, serving a Gateway dispatch). Each piece
/// is tracked, its failure logged, and on shutdown the service waits for what is in flight before cancelling it.
/// </summary>
internal sealed partial class DiscordBackgroundWork(ILogger<DiscordBackgroundWork> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _next;

    public int Running => _running.Count;

    public void Start(string what, Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref _next);
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[id] = RunAsync(id, what, work, registered.Task);
        registered.SetResult();
    }

    /// <summary>Waits until nothing is running (for tests and shutdown).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!_running.IsEmpty) await Task.WhenAll(_running.Values).WaitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutdown time is up: cancel the rest.
        }

        await _stopping.CancelAsync();
    }

    private async Task RunAsync(long id, string what, Func<CancellationToken, Task> work, Task registered)
    {
        try
        {
            await registered;
            await work(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception exception)
        {
            LogFailed(exception, what);
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    [LoggerMessage(EventId = 330, Level = LogLevel.Error, Message = "Discord: {What} failed")]
    private partial void LogFailed(Exception exception, string what);
}
