namespace NetworkBot.Core.Scheduling;

/// <summary>
/// The timer behind scheduled sends (Quartz in the host). It only wakes <see cref="DeliverySchedule.FireAsync"/> at the
/// due time: what is due is decided from the stored records, so triggers can always be set again from them.
/// </summary>
public interface ITriggerScheduler
{
    /// <summary>Sets the trigger for <paramref name="send"/>, replacing one already set for it.</summary>
    Task ScheduleAsync(ScheduledSend send, CancellationToken cancellationToken);

    Task UnscheduleAsync(string sendId, CancellationToken cancellationToken);
}
