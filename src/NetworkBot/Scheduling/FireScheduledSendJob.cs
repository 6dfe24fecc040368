using NetworkBot.Core.Scheduling;
using Quartz;

namespace NetworkBot.Scheduling;

/// <summary>
/// Runs when a scheduled send is due: hands it to Core, which records its deliveries in the outbox. Sending happens
/// elsewhere (<see cref="OutboxSenderService"/>), so a large fan-out never holds up the scheduler.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class FireScheduledSendJob(DeliverySchedule schedule) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.MergedJobDataMap.GetString(JobKeys.SendId) is { } sendId) await schedule.FireAsync(sendId, cancellationToken);
    }
}
