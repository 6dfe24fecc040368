namespace NetworkBot.Core.Scheduling;

/// <summary>How reminders and announcements are delivered.</summary>
public sealed record SchedulingSettings
{
    public static SchedulingSettings Default { get; } = new();

    /// <summary>Something due while the bot was down goes out late (with a note) within this; after it, it is skipped.</summary>
    public TimeSpan MisfireGrace { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed delivery stays claimed; after that another run may send it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A delivery sent more than this after its time carries a short note that it is late.</summary>
    public TimeSpan LateNoteAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts before a delivery that keeps failing is given up.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after the first failed attempt; each further failure waits four times as long.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many deliveries are claimed at a time.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// How many deliveries per platform are sent at once. The platform adapters pace each call to the rate limits, so
    /// this only has to cover the round trips: a first DM on Discord takes two calls, and 16 in flight keep Discord's
    /// 50 requests per second busy with round trips of up to 300 ms.
    /// </summary>
    public int SendConcurrency { get; init; } = 16;

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(FirstRetryDelay.Ticks * (long)Math.Pow(4, Math.Max(0, attempts - 1)));
}
