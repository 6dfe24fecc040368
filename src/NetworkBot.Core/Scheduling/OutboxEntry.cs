using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Scheduling;

/// <summary>
/// One message to one recipient, recorded before it is sent. The id says what it is (see <see cref="ScheduleKeys"/>),
/// so it is recorded once however often its send fires. The message itself is composed when it is sent, from the
/// event or announcement as it is then.
/// </summary>
public sealed record OutboxEntry
{
    public required string Id { get; init; }

    public required string ScheduledSendId { get; init; }

    public DeliveryKind Kind { get; init; }

    /// <summary>The event or announcement id.</summary>
    public int SourceId { get; init; }

    /// <summary>For reminders: how long before the start.</summary>
    public TimeSpan? Offset { get; init; }

    public string? MemberId { get; init; }

    public string? MemberName { get; init; }

    public string? ChannelId { get; init; }

    public Language Language { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DeliveryStatus Status { get; init; }

    /// <summary>Why it was skipped or failed, as a short code (<see cref="DeliveryReasons"/>).</summary>
    public string? Reason { get; init; }

    public int Attempts { get; init; }

    /// <summary>When it may be tried (again).</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>While <see cref="DeliveryStatus.Sending"/>: until when the claim holds; a claim that runs out is taken up again.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    public string? LeaseOwner { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public bool IsOpen => Status is DeliveryStatus.Pending or DeliveryStatus.Sending;

    public MemberRef? Member => MemberId is null ? null : new MemberRef(MemberId, MemberName ?? MemberId);

    /// <summary>The platform it goes to, read from the recipient's id.</summary>
    public ChatPlatform Platform() => ChatPlatforms.FromId(MemberId ?? ChannelId ?? "");
}

public enum DeliveryKind
{
    /// <summary>A reminder to a member who is going.</summary>
    Reminder,

    /// <summary>The day-before note to a member on the waitlist, with their place.</summary>
    WaitlistNote,

    /// <summary>The day-before post in the event's channel.</summary>
    ChannelPost,

    Announcement,
}

public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    Skipped,
}

/// <summary>The reason codes stored on skipped and failed deliveries.</summary>
public static class DeliveryReasons
{
    public const string OptedOut = "opted-out";
    public const string EventCancelled = "event-cancelled";
    public const string EventStarted = "event-started";
    public const string NoLongerRegistered = "no-longer-registered";
    public const string AnnouncementCancelled = "announcement-cancelled";
    public const string Missed = "missed";
    public const string GaveUp = "gave-up";

    public static string For(DeliveryFailure failure) => failure switch
    {
        DeliveryFailure.MemberUnreachable => "member-unreachable",
        DeliveryFailure.ChannelUnreachable => "channel-unreachable",
        DeliveryFailure.PlatformUnavailable => "platform-unavailable",
        DeliveryFailure.RateLimited => "rate-limited",
        _ => "transient",
    };
}
