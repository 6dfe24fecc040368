using NetworkBot.Core.Scheduling;

namespace NetworkBot.Scheduling;

/// <summary>
/// At start, derives the schedule from the stored events and announcements: what fell due while the bot was down is
/// sent late or skipped, and every planned send gets its trigger.
/// </summary>
internal sealed class ScheduleStartup(DeliverySchedule schedule, SchedulingSettings settings, ILogger<ScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await schedule.StartAsync(cancellationToken);
        foreach (var send in report.SentLate) SchedulingLog.SentLate(logger, send.Kind, send.SourceId, send.DueAt);
        foreach (var send in report.Missed) SchedulingLog.Missed(logger, send.Kind, send.SourceId, send.DueAt, settings.MisfireGrace);
        SchedulingLog.Started(logger, report.SentLate.Count, report.Missed.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
