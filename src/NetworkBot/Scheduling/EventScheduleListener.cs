using NetworkBot.Core.Events;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Scheduling;

/// <summary>
/// Plans an event's reminders again when organizers create, edit or cancel it. The change itself is already saved, so
/// a failure here is logged rather than reported to the organizer; the next start plans from the stored event anyway.
/// </summary>
internal sealed class EventScheduleListener(DeliverySchedule schedule, ILogger<EventScheduleListener> logger) : IEventScheduleListener
{
    public async Task EventChangedAsync(Event @event, CancellationToken cancellationToken)
    {
        try
        {
            await schedule.EventChangedAsync(@event, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulingLog.ReplanFailed(logger, exception, @event.Id);
        }
    }
}
