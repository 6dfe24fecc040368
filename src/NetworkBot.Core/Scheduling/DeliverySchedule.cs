using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;

namespace NetworkBot.Core.Scheduling;

/// <summary>
/// Keeps the scheduled sends in line with the events and announcements they come from, and turns a send that falls
/// due into outbox entries, once. At start it first deals with what fell due while the bot was down: sent late within
/// <see cref="SchedulingSettings.MisfireGrace"/>, skipped beyond it.
/// </summary>
public sealed class DeliverySchedule(
    IScheduledSendRepository sends,
    IOutbox outbox,
    IOutboxSignal signal,
    ITriggerScheduler triggers,
    IEventRepository events,
    IAnnouncementRepository announcements,
    EventReminders reminders,
    AnnouncementSchedule announcementSchedule,
    SchedulingSettings settings,
    TimeProvider time)
{
    // One change at a time: a send firing while its event is being edited sees the edit before or after, never half of it.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<StartReport> StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var late = new List<ScheduledSend>();
            var missed = new List<ScheduledSend>();
            foreach (var send in (await sends.ListPlannedAsync(cancellationToken)).Where(s => s.DueAt <= now).OrderBy(s => s.DueAt))
            {
                await CatchUpAsync(send, now, late, missed, cancellationToken);
            }

            foreach (var e in await events.ListUpcomingAsync(now, cancellationToken)) await ReplanEventAsync(e, now, cancellationToken);
            foreach (var a in await announcements.ListActiveAsync(cancellationToken)) await ReplanAnnouncementAsync(a, now, cancellationToken);

            // Triggers live in memory: every planned send gets its trigger again at each start.
            foreach (var send in await sends.ListPlannedAsync(cancellationToken)) await triggers.ScheduleAsync(send, cancellationToken);
            signal.Notify();
            return new StartReport(late, missed);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task EventChangedAsync(Event e, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await ReplanEventAsync(e, time.GetUtcNow(), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task AnnouncementChangedAsync(Announcement a, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await ReplanAnnouncementAsync(a, time.GetUtcNow(), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Called by the trigger when a send is due. A send that already fired, or no longer exists, does nothing.</summary>
    public async Task<bool> FireAsync(string sendId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await sends.GetAsync(sendId, cancellationToken) is not { Status: ScheduledSendStatus.Planned } send) return false;
            await FireCoreAsync(send, time.GetUtcNow(), cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpAsync(ScheduledSend send, DateTimeOffset now, List<ScheduledSend> late, List<ScheduledSend> missed, CancellationToken cancellationToken)
    {
        if (send.Kind == ScheduledSendKind.EventReminder)
        {
            var e = await events.GetAsync(send.SourceId, cancellationToken);
            if (e is null || e.IsCancelled)
            {
                await sends.DeleteAsync(send.Id, cancellationToken);
                return;
            }

            // A reminder is no use once the event has begun, however short the delay.
            await SendLateOrSkipAsync(send, now, now < e.Start, late, missed, cancellationToken);
            return;
        }

        var a = await announcements.GetAsync(send.SourceId, cancellationToken);
        if (a is null || a.IsCancelled)
        {
            await sends.DeleteAsync(send.Id, cancellationToken);
            return;
        }

        // A repeating announcement may have fallen due several times: only the latest is worth sending.
        var latest = announcementSchedule.LastDue(a, send.DueAt.AddTicks(-1), now) ?? send.DueAt;
        if (latest != send.DueAt)
        {
            await MarkMissedAsync(send, now, missed, cancellationToken);
            send = announcementSchedule.Send(a, latest);
            if (await sends.GetAsync(send.Id, cancellationToken) is not null) return;
        }

        await SendLateOrSkipAsync(send, now, true, late, missed, cancellationToken);
    }

    private async Task SendLateOrSkipAsync(
        ScheduledSend send, DateTimeOffset now, bool stillUseful, List<ScheduledSend> late, List<ScheduledSend> missed, CancellationToken cancellationToken)
    {
        if (stillUseful && now - send.DueAt <= settings.MisfireGrace)
        {
            await FireCoreAsync(send, now, cancellationToken);
            late.Add(send);
        }
        else
        {
            await MarkMissedAsync(send, now, missed, cancellationToken);
        }
    }

    private async Task MarkMissedAsync(ScheduledSend send, DateTimeOffset now, List<ScheduledSend> missed, CancellationToken cancellationToken)
    {
        var marked = send with { Status = ScheduledSendStatus.Missed, HandledAt = now };
        await sends.SaveAsync(marked, cancellationToken);
        missed.Add(marked);
    }

    private async Task FireCoreAsync(ScheduledSend send, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Entries first, then the mark: a crash in between fires again, and the entries' ids make that harmless.
        var entries = send.Kind == ScheduledSendKind.EventReminder
            ? await reminders.FanOutAsync(send, now, cancellationToken)
            : await announcementSchedule.FanOutAsync(send, now, cancellationToken);
        await outbox.AddAsync(entries, cancellationToken);
        await sends.SaveAsync(send with { Status = ScheduledSendStatus.Fired, HandledAt = now }, cancellationToken);
        signal.Notify();

        if (send.Kind == ScheduledSendKind.Announcement && await announcements.GetAsync(send.SourceId, cancellationToken) is { } a)
        {
            await ReplanAnnouncementAsync(a, now, cancellationToken);
        }
    }

    private async Task ReplanEventAsync(Event e, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await sends.ListForSourceAsync(ScheduledSendKind.EventReminder, e.Id, cancellationToken);
        await ReconcileAsync(existing, reminders.Plan(e, now), cancellationToken);
        if (e.IsCancelled) await outbox.SkipOpenAsync(ScheduleKeys.EventPrefix(e.Id), DeliveryReasons.EventCancelled, cancellationToken);
    }

    private async Task ReplanAnnouncementAsync(Announcement a, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await sends.ListForSourceAsync(ScheduledSendKind.Announcement, a.Id, cancellationToken);
        var handled = existing.Where(s => s.Status != ScheduledSendStatus.Planned).Select(s => s.DueAt).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var desired = announcementSchedule.Occurrences(a, handled > now ? handled : now, 1).Select(t => announcementSchedule.Send(a, t)).ToList();
        await ReconcileAsync(existing, desired, cancellationToken);
        if (a.IsCancelled) await outbox.SkipOpenAsync(ScheduleKeys.AnnouncementPrefix(a.Id), DeliveryReasons.AnnouncementCancelled, cancellationToken);
    }

    /// <summary>Drops planned sends no longer wanted (the event moved or was cancelled) and plans the new ones.</summary>
    private async Task ReconcileAsync(IReadOnlyList<ScheduledSend> existing, IReadOnlyList<ScheduledSend> desired, CancellationToken cancellationToken)
    {
        var wanted = desired.Select(d => d.Id).ToHashSet();
        foreach (var stale in existing.Where(s => s.Status == ScheduledSendStatus.Planned && !wanted.Contains(s.Id)))
        {
            await triggers.UnscheduleAsync(stale.Id, cancellationToken);
            await sends.DeleteAsync(stale.Id, cancellationToken);
        }

        var known = existing.Select(s => s.Id).ToHashSet();
        foreach (var send in desired.Where(d => !known.Contains(d.Id)))
        {
            await sends.SaveAsync(send, cancellationToken);
            await triggers.ScheduleAsync(send, cancellationToken);
        }
    }
}

/// <summary>What the start did about sends that fell due while the bot was down.</summary>
public sealed record StartReport(IReadOnlyList<ScheduledSend> SentLate, IReadOnlyList<ScheduledSend> Missed);
