using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Scheduling;

/// <summary>Every delivery, recorded before it is sent and marked when the platform took it.</summary>
public interface IOutbox
{
    /// <summary>Records the entries whose ids are not recorded yet; returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> entries for <paramref name="platform"/> that may be sent at <paramref name="now"/>:
    /// pending ones whose attempt is due, and ones whose earlier claim ran out (the process that held it stopped). A
    /// claimed entry is <see cref="DeliveryStatus.Sending"/> until <paramref name="leaseUntil"/>, for <paramref name="owner"/> only.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(
        ChatPlatform platform, DateTimeOffset now, DateTimeOffset leaseUntil, string owner, int max, CancellationToken cancellationToken);

    /// <summary>Stores the outcome of a claimed entry, unless another owner has claimed it since.</summary>
    Task CompleteAsync(OutboxEntry entry, string owner, CancellationToken cancellationToken);

    /// <summary>Hands a claimed entry back untried (the sender is stopping), so it may be claimed again at once.</summary>
    Task ReleaseAsync(OutboxEntry entry, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Hands back every entry claimed by an owner other than <paramref name="owner"/>: at start, when no other process can
    /// hold the data file, those claims belong to a run that stopped. Returns how many there were.
    /// </summary>
    Task<int> ReleaseOthersAsync(string owner, CancellationToken cancellationToken);

    /// <summary>When the next open entry may be sent, or null when none is waiting.</summary>
    Task<DateTimeOffset?> NextAttemptAsync(CancellationToken cancellationToken);

    /// <summary>Entries whose ids start with <paramref name="prefix"/> (one event's, one send's).</summary>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// Removes every entry addressed to the member, sent or not (erasure): they hold the member's id and name. A send
    /// that fires again later asks the registrations, where the member is gone, so nothing is sent to them instead.
    /// </summary>
    Task<int> ForgetMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>How the outbox stands as a whole: what waits to be sent, since when, and what was given up.</summary>
    Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken);

    /// <summary>Marks every open entry under <paramref name="prefix"/> skipped, for example when the event is called off.</summary>
    Task<int> SkipOpenAsync(string prefix, string reason, CancellationToken cancellationToken);
}

/// <summary>
/// <paramref name="Open"/> deliveries waiting or being sent (retries included), the due time of the oldest of them, and
/// how many deliveries were given up for good.
/// </summary>
public sealed record OutboxBacklog(int Open, DateTimeOffset? OldestDueAt, int Failed);

/// <summary>Wakes the sender when new deliveries are recorded, so it need not poll.</summary>
public interface IOutboxSignal
{
    void Notify();
}
