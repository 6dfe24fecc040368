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

    public void Enqueue(string what, Func<CancellationToken, Task> work) => _queue.Writer.TryWrite((what, work));

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
    }
}
