using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Observability;

namespace NetworkBot.Scheduling;

/// <summary>
/// Drains the outbox in the background: sends what is due, then sleeps until new entries are recorded or the next
/// retry is due. The platform adapters pace their own calls to the rate limits.
/// </summary>
internal sealed class OutboxSenderService(
    OutboxDispatcher dispatcher, IOutbox outbox, OutboxSignal signal, BotMetrics metrics, TimeProvider time, ILogger<OutboxSenderService> logger)
    : BackgroundService
{
    /// <summary>The longest the sender sleeps with nothing due, as a safety net.</summary>
    private static readonly TimeSpan MaxIdle = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var entry in await dispatcher.DrainAsync(stoppingToken)) Report(entry);
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
