using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Observability;

namespace NetworkBot.Scheduling;

/// <summary>
/// Drains the outbox in the background: sends what is due, then sleeps until new entries are recorded or the next
/// retry is due. The platform adapters pace their own calls to the rate limits. On stop nothing new is started;
/// sends under way get until the host's shutdown timeout to finish, and what was claimed but not started is handed back.
/// </summary>
internal sealed class OutboxSenderService(
    OutboxDispatcher dispatcher, IOutbox outbox, OutboxSignal signal, BotMetrics metrics, TimeProvider time, ILogger<OutboxSenderService> logger)
    : BackgroundService
{
    /// <summary>The longest the sender sleeps with nothing due, as a safety net.</summary>
    private static readonly TimeSpan MaxIdle = TimeSpan.FromMinutes(1);

    /// <summary>Cancelled only when the host's shutdown timeout runs out: it cuts off sends still under way.</summary>
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The data file is held by this process alone, so claims left in it were held by a run that stopped. Handing
        // them back now sends them without waiting for their lease to run out.
        var abandoned = await outbox.ReleaseOthersAsync(dispatcher.Owner, stoppingToken);
        if (abandoned > 0) SchedulingLog.ClaimsReleased(logger, abandoned);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var entry in await dispatcher.DrainAsync(stoppingToken, _abort.Token)) Report(entry);
                var next = await outbox.NextAttemptAsync(stoppingToken);
                var wait = next is { } due ? due - time.GetUtcNow() : MaxIdle;
                await signal.WaitAsync(wait > MaxIdle ? MaxIdle : wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                SchedulingLog.SenderFailed(logger, exception);
                await signal.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void Report(OutboxEntry entry)
    {
        var platform = ChatPlatforms.FromId(entry.MemberId ?? entry.ChannelId ?? "");
        var kind = BotMetrics.Name(entry.Kind);
        switch (entry.Status)
        {
            case DeliveryStatus.Sent:
                metrics.DeliverySent(platform, kind);
                break;
            case DeliveryStatus.Pending:
                metrics.DeliveryFailed(platform, kind, entry.Reason ?? "", willRetry: true);
                SchedulingLog.DeliveryWillRetry(logger, entry.Kind.ToString(), entry.SourceId, entry.Reason ?? "", entry.Attempts, entry.NextAttemptAt);
                break;
            case DeliveryStatus.Failed:
                metrics.DeliveryFailed(platform, kind, entry.Reason ?? "", willRetry: false);
                SchedulingLog.DeliveryFailed(logger, entry.Kind.ToString(), entry.SourceId, entry.Reason ?? "", entry.Attempts);
                break;
            case DeliveryStatus.Skipped when entry.Reason == DeliveryReasons.Missed:
                SchedulingLog.DeliveryTooLate(logger, entry.Kind.ToString(), entry.SourceId, entry.DueAt);
                break;
        }
    }
}
