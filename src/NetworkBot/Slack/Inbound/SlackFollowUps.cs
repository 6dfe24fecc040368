using System.Collections.Concurrent;
using System.Threading.Channels;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Work that runs after Slack has been answered: opening a modal, posting a slow command's result, greeting a
/// newcomer, publishing the App Home. Items run side by side; failures are logged; shutdown waits for what is running.
/// </summary>
public sealed class SlackFollowUps(ILogger<SlackFollowUps> logger) : BackgroundService
{
    private readonly Channel<(string What, Func<CancellationToken, Task> Work)> _queue =
        Channel.CreateUnbounded<(string, Func<CancellationToken, Task>)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly Lock _gate = new();
    private int _unfinished;
    private TaskCompletionSource _idle = NewIdle(done: true);

    public void Enqueue(string what, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            if (_unfinished++ == 0) _idle = NewIdle(done: false);
        }

        if (!_queue.Writer.TryWrite((what, work))) Finished();
    }

    /// <summary>Completes when every item enqueued so far has finished (tests wait on it instead of sleeping).</summary>
    internal Task WhenIdleAsync()
    {
        lock (_gate) return _idle.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            SlackLog.FollowUpsAbandoned(logger, _running.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                var task = RunAsync(item.What, item.Work, stoppingToken);
                _running[task] = true;
                _ = task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(string what, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await work(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            SlackLog.FollowUpFailed(logger, exception, what);
        }
        finally
        {
            Finished();
        }
    }

    private void Finished()
    {
        lock (_gate)
        {
            if (--_unfinished == 0) _idle.TrySetResult();
        }
    }

    private static TaskCompletionSource NewIdle(bool done)
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (done) idle.TrySetResult();
        return idle;
    }
}
