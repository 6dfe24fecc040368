using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Scheduling;

/// <summary>
/// Sends what the outbox holds: claims a batch, composes each message from the current event or announcement, hands it
/// to the platform, and records the outcome. A failure is recorded with its reason and retried later with a growing
/// wait where that can help; it never holds up the other deliveries. Up to <see cref="SchedulingSettings.SendConcurrency"/>
/// deliveries per platform are in flight at once, so a fan-out runs at the pace of the platform's limits rather than
/// its latency.
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
    public Task<IReadOnlyList<OutboxEntry>> DrainAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken, cancellationToken);

    /// <summary>
    /// Sends everything that may be sent now, until <paramref name="stopping"/>: from then on nothing new is started
    /// and claimed entries not yet started are handed back unclaimed. Sends already under way finish unless
    /// <paramref name="abort"/> cancels them too; a send cut off that way is in doubt and stays claimed, to be tried
    /// again by the next start (at least once: a platform may already have it). Each platform drains on its own, so
    /// Slack's slower pace never holds up Discord's deliveries.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> DrainAsync(CancellationToken stopping, CancellationToken abort)
    {
        var lanes = await Task.WhenAll(Enum.GetValues<ChatPlatform>().Select(p => DrainPlatformAsync(p, stopping, abort)));
        return [.. lanes.SelectMany(done => done)];
    }

    private async Task<List<OutboxEntry>> DrainPlatformAsync(ChatPlatform platform, CancellationToken stopping, CancellationToken abort)
    {
        var done = new List<OutboxEntry>();
        while (!stopping.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var batch = await outbox.ClaimAsync(platform, now, now + settings.Lease, Owner, settings.BatchSize, stopping);
            if (batch.Count == 0) break;
            var options = new ParallelOptions { MaxDegreeOfParallelism = settings.SendConcurrency, CancellationToken = abort };
            await Parallel.ForEachAsync(batch, options, async (entry, _) =>
            {
                if (stopping.IsCancellationRequested)
                {
                    await outbox.ReleaseAsync(entry, Owner, CancellationToken.None);
                    return;
                }

                var outcome = await DeliverAsync(entry, abort);
                await outbox.CompleteAsync(outcome, Owner, CancellationToken.None);
                lock (done) done.Add(outcome);
            });
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

            // Named after the delivery, so a platform that honours it (Discord's nonce) drops a resend after a crash.
            await sender.SendAsync(content.Message! with { IdempotencyKey = entry.Id }, cancellationToken);
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
