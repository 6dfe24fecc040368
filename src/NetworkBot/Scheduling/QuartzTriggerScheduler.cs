using NetworkBot.Core.Scheduling;
using Quartz;

namespace NetworkBot.Scheduling;

/// <summary>One Quartz trigger per planned send, named after it, firing once at its due time.</summary>
internal sealed class QuartzTriggerScheduler(ISchedulerFactory schedulers) : ITriggerScheduler
{
    public async Task ScheduleAsync(ScheduledSend send, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // Built on the scheduler's clock: a trigger on another clock would misfire for ever after a jump in time.
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(send.Id, JobKeys.SendsGroup)
            .ForJob(JobKeys.FireScheduledSend)
            .UsingJobData(JobKeys.SendId, send.Id)
            .StartAt(send.DueAt)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task UnscheduleAsync(string sendId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(new TriggerKey(sendId, JobKeys.SendsGroup), cancellationToken);
    }
}
