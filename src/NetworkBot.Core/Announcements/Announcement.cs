using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Announcements;

/// <summary>
/// A message organizers scheduled for a channel: once (<see cref="At"/>) or again and again (<see cref="Cron"/>, a
/// Quartz cron expression read in the bot's time zone). <see cref="RepeatText"/> keeps the repetition as it was typed
/// (<c>毎月第1月曜 9:00</c>) so it can be shown back in words.
/// </summary>
public sealed record Announcement
{
    public int Id { get; init; }

    public required string ChannelId { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? Cron { get; init; }

    public string? RepeatText { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>The organizer's language: the note on a late post is written in it.</summary>
    public Language Language { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsCancelled { get; init; }

    public bool IsRecurring => Cron is not null;

    public ChannelRef Channel => new(ChannelId);
}

/// <summary>Where announcements are kept. Ids are small integers handed out from 1.</summary>
public interface IAnnouncementRepository
{
    Task<Announcement> AddAsync(Announcement announcement, CancellationToken cancellationToken);

    Task<Announcement?> GetAsync(int id, CancellationToken cancellationToken);

    Task UpdateAsync(Announcement announcement, CancellationToken cancellationToken);

    /// <summary>Announcements not cancelled, oldest first.</summary>
    Task<IReadOnlyList<Announcement>> ListActiveAsync(CancellationToken cancellationToken);
}
