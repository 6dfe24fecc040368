using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Scheduling;

/// <summary>
/// Sends what the outbox holds: claims a batch, composes each message from the current event or announcement, hands it
/// to the platform, and records the outcome. A failure is recorded with its reason and retried later with a growing
/// wait where that can help; it never holds up the other deliveries.
/// </summary>
public sealed class OutboxDispatcher(
    IOutbox outbox,
    IChatSender sender,
    EventReminders reminders,
    AnnouncementSchedule announcements,
    SchedulingSettings settings,
    TimeProvider time)
{
    /// <summary>Who holds a claim: this process.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Sends everything that may be sent now; returns what happened to each.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> DrainAsync(CancellationToken cancellationToken)
    {
        var done = new List<OutboxEntry>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var batch = await outbox.ClaimAsync(now, now + settings.Lease, Owner, settings.BatchSize, cancellationToken);
            if (batch.Count == 0) break;
            foreach (var entry in batch)
            {
                var outcome = await DeliverAsync(entry, cancellationToken);
                await outbox.CompleteAsync(outcome, Owner, cancellationToken);
                done.Add(outcome);
            }
        }

        return done;
    }

    private async Task<OutboxEntry> DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var attempt = entry with { Attempts = entry.Attempts + 1, LeaseUntil = null, LeaseOwner = null };
        if (now - entry.DueAt > settings.MisfireGrace) return attempt with { Status = DeliveryStatus.Skipped, Reason = DeliveryReasons.Missed };

        try
        {
            var late = now - entry.DueAt > settings.LateNoteAfter;
            var content = entry.Kind == DeliveryKind.Announcement
                ? await announcements.ComposeAsync(entry, late, cancellationToken)
                : await reminders.ComposeAsync(entry, now, late, cancellationToken);
            if (content.SkipReason is { } reason) return attempt with { Status = DeliveryStatus.Skipped, Reason = reason };

            await sender.SendAsync(content.Message!, cancellationToken);
            return attempt with { Status = DeliveryStatus.Sent, Reason = null, SentAt = time.GetUtcNow() };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = exception as DeliveryFailedException;
            var delay = failure?.RetryAfter ?? settings.RetryDelay(attempt.Attempts);
            var retry = (failure?.CanRetry ?? true)
                && attempt.Attempts < settings.MaxAttempts
                && now + delay - entry.DueAt <= settings.MisfireGrace;
            return attempt with
            {
                Status = retry ? DeliveryStatus.Pending : DeliveryStatus.Failed,
                Reason = DeliveryReasons.For(failure?.Failure ?? DeliveryFailure.Transient),
                NextAttemptAt = now + delay,
            };
        }
    }
}
