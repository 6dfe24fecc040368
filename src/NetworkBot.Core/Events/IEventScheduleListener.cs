namespace NetworkBot.Core.Events;

/// <summary>
/// Told when an event is created, edited or cancelled, so its reminders can be planned again from the stored event.
/// The event is already saved when this is called.
/// </summary>
public interface IEventScheduleListener
{
    Task EventChangedAsync(Event @event, CancellationToken cancellationToken);
}
