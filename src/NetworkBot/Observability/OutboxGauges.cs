using System.Diagnostics.Metrics;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Observability;

/// <summary>
/// The outbox as gauges on the <c>NetworkBot</c> meter: deliveries waiting or being sent, how long the oldest of them
/// has been due, and deliveries given up on. Read from the data file only when a collector asks (an export, say once
/// a minute), once for all three; a hosted service so that the gauges exist from the start.
/// </summary>
public sealed class OutboxGauges : IHostedService
{
    private static readonly TimeSpan ReadAgainAfter = TimeSpan.FromSeconds(1);

    private readonly IOutbox _outbox;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private (OutboxBacklog? Backlog, DateTimeOffset ReadAt) _last = (null, DateTimeOffset.MinValue);

    public OutboxGauges(IMeterFactory meters, IOutbox outbox, TimeProvider time)
    {
        _outbox = outbox;
        _time = time;
        var meter = meters.Create(BotMetrics.MeterName);
        meter.CreateObservableGauge("networkbot.outbox.open", () => Observe(backlog => (long)backlog.Open), "{message}",
            "Deliveries waiting to be sent or being sent (reminders, announcements, notices)");
        meter.CreateObservableGauge("networkbot.outbox.oldest_due.age", () => Observe(OldestDueAge), "s",
            "How long ago the oldest open delivery was due; 0 when none is open");
        meter.CreateObservableGauge("networkbot.outbox.failed", () => Observe(backlog => (long)backlog.Failed), "{message}",
            "Deliveries given up on after their retries");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private double OldestDueAge(OutboxBacklog backlog) =>
        backlog.OldestDueAt is { } due ? Math.Max(0, (_time.GetUtcNow() - due).TotalSeconds) : 0;

    /// <summary>No measurement at all while the data file cannot be read: a made-up zero would look like an empty outbox.</summary>
    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxBacklog, T> pick) where T : struct =>
        Read() is { } backlog ? [new Measurement<T>(pick(backlog))] : [];

    private OutboxBacklog? Read()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_last.Backlog is not null && now - _last.ReadAt < ReadAgainAfter) return _last.Backlog;
            try
            {
                // The store answers at once (an embedded file), so waiting here holds no thread for long.
                _last = (_outbox.BacklogAsync(CancellationToken.None).GetAwaiter().GetResult(), now);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _last = (null, now);
            }

            return _last.Backlog;
        }
    }
}
