using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Announcements;

/// <summary>When an announcement goes out, the delivery each occurrence makes, and what the post says.</summary>
public sealed class AnnouncementSchedule(IAnnouncementRepository announcements, ICronSchedule cron, BotSettings settings)
{
    /// <summary>Up to <paramref name="count"/> times after <paramref name="after"/> at which it goes out.</summary>
    public IReadOnlyList<DateTimeOffset> Occurrences(Announcement a, DateTimeOffset after, int count)
    {
        if (a.IsCancelled) return [];
        if (a.Cron is null) return a.At is { } at && at > after ? [at] : [];
        var times = new List<DateTimeOffset>();
        var from = after;
        while (times.Count < count && cron.NextAfter(a.Cron, from) is { } next)
        {
            times.Add(next);
            from = next;
        }

        return times;
    }

    /// <summary>The latest time at or before <paramref name="now"/> and after <paramref name="since"/> at which it was due, if any.</summary>
    public DateTimeOffset? LastDue(Announcement a, DateTimeOffset since, DateTimeOffset now)
    {
        if (a.Cron is null) return a.At is { } at && at > since && at <= now ? at : null;
        DateTimeOffset? last = null;
        var from = since;
        // A bound, not a guess: a minutely expression missed for a day is still well under it.
        for (var i = 0; i < 100_000 && cron.NextAfter(a.Cron, from) is { } next && next <= now; i++)
        {
            last = next;
            from = next;
        }

        return last;
    }

    public ScheduledSend Send(Announcement a, DateTimeOffset due) => new()
    {
        Id = ScheduleKeys.Announcement(a.Id, due),
        Kind = ScheduledSendKind.Announcement,
        SourceId = a.Id,
        DueAt = due,
        Status = ScheduledSendStatus.Planned,
    };

    public async Task<IReadOnlyList<OutboxEntry>> FanOutAsync(ScheduledSend send, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var a = await announcements.GetAsync(send.SourceId, cancellationToken);
        if (a is null || a.IsCancelled) return [];
        return
        [
            new OutboxEntry
            {
                Id = ScheduleKeys.ToChannel(send.Id, a.ChannelId),
                ScheduledSendId = send.Id,
                Kind = DeliveryKind.Announcement,
                SourceId = a.Id,
                ChannelId = a.ChannelId,
                Language = a.Language,
                DueAt = send.DueAt,
                Status = DeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            },
        ];
    }

    public async Task<DeliveryContent> ComposeAsync(OutboxEntry entry, bool late, CancellationToken cancellationToken)
    {
        var a = await announcements.GetAsync(entry.SourceId, cancellationToken);
        if (a is null || a.IsCancelled) return DeliveryContent.Skip(DeliveryReasons.AnnouncementCancelled);
        var blocks = new List<ReplyBlock>();
        if (late) blocks.Add(new ContextBlock(Texts.For(a.Language).LateNote(settings.ToLocal(entry.DueAt))));
        blocks.Add(new TextBlock(a.Text));
        return DeliveryContent.Send(new OutgoingMessage(null, a.Channel, BotReply.Public([.. blocks]), entry.Id));
    }
}
