using NetworkBot.Core.Events;

namespace NetworkBot.Scheduling;

/// <summary>Settings under <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>A reminder or announcement missed while the bot was down is sent late within this, skipped after.</summary>
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Reminders for events that set none, for example <c>7d,1d,1h</c>; <c>none</c> sends none.</summary>
    public string DefaultReminders { get; set; } = "7d,1d,1h";

    public IReadOnlyList<TimeSpan> DefaultReminderOffsets() =>
        ReminderOffsets.Parse(DefaultReminders)
        ?? throw new InvalidOperationException($"Scheduling:DefaultReminders \"{DefaultReminders}\" is not a list of offsets such as 7d,1d,1h (or none).");

    /// <summary>Throws naming the key when a setting is wrong.</summary>
    public void Validate()
    {
        if (MisfireGrace <= TimeSpan.Zero || MisfireGrace > TimeSpan.FromDays(7))
        {
            throw new InvalidOperationException($"Scheduling:MisfireGrace must be a positive time span of at most 7 days, such as 06:00:00 (got {MisfireGrace}).");
        }

        _ = DefaultReminderOffsets();
    }
}
