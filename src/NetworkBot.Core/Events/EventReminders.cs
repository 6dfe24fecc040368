using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Events;

/// <summary>
/// An event's reminders: when they are due (each offset before the start, plus the day before for the waitlist and
/// the channel), who gets one when they fire, and what each says when it is sent.
/// </summary>
public sealed class EventReminders(
    IEventRepository events,
    IRegistrationRepository registrations,
    IReminderPreferenceRepository preferences,
    EventCards cards,
    BotSettings settings)
{
    /// <summary>When the waitlist hears their place and the channel gets its post.</summary>
    public static readonly TimeSpan DayBefore = TimeSpan.FromDays(1);

    public IReadOnlyList<TimeSpan> OffsetsFor(Event e) => e.ReminderOffsets ?? settings.DefaultReminderOffsets;

    /// <summary>The sends <paramref name="e"/> should have, each due after <paramref name="now"/>. A cancelled event has none.</summary>
    public IReadOnlyList<ScheduledSend> Plan(Event e, DateTimeOffset now)
    {
        var offsets = OffsetsFor(e);
        if (e.IsCancelled || offsets.Count == 0) return [];
        return offsets.Append(DayBefore).Distinct()
            .Select(offset => (Offset: offset, Due: e.Start - offset))
            .Where(x => x.Due > now)
            .OrderBy(x => x.Due)
            .Select(x => new ScheduledSend
            {
                Id = ScheduleKeys.EventReminder(e.Id, x.Offset, x.Due),
                Kind = ScheduledSendKind.EventReminder,
                SourceId = e.Id,
                Offset = x.Offset,
                DueAt = x.Due,
                Status = ScheduledSendStatus.Planned,
            })
            .ToList();
    }

    /// <summary>
    /// The deliveries of a reminder that is due: a message to each member going (or a skipped entry for those who
    /// turned reminders off), and on the day before, a note to each member waiting and a post in the event's channel.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> FanOutAsync(ScheduledSend send, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var e = await events.GetAsync(send.SourceId, cancellationToken);
        if (e is null || e.IsCancelled || send.Offset is not { } offset) return [];
        var roster = new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken));
        var entries = new List<OutboxEntry>();
        var template = new OutboxEntry
        {
            Id = "", ScheduledSendId = send.Id, SourceId = e.Id, Offset = offset, DueAt = send.DueAt,
            Status = DeliveryStatus.Pending, NextAttemptAt = now, CreatedAt = now, Language = settings.DefaultLanguage,
        };

        if (OffsetsFor(e).Contains(offset))
        {
            foreach (var r in roster.Going) entries.Add(await ToMemberAsync(template, DeliveryKind.Reminder, r, cancellationToken));
        }

        if (offset == DayBefore)
        {
            foreach (var r in roster.Waitlist) entries.Add(await ToMemberAsync(template, DeliveryKind.WaitlistNote, r, cancellationToken));
            if (e.ChannelId is { } channel)
            {
                entries.Add(template with { Id = ScheduleKeys.ToChannel(send.Id, channel), Kind = DeliveryKind.ChannelPost, ChannelId = channel });
            }
        }

        return entries;
    }

    /// <summary>Composes a reminder, waitlist note or channel post from the event as it is now, or says why it no longer applies.</summary>
    public async Task<DeliveryContent> ComposeAsync(OutboxEntry entry, DateTimeOffset now, bool late, CancellationToken cancellationToken)
    {
        var e = await events.GetAsync(entry.SourceId, cancellationToken);
        if (e is null || e.IsCancelled) return DeliveryContent.Skip(DeliveryReasons.EventCancelled);
        if (now >= e.Start) return DeliveryContent.Skip(DeliveryReasons.EventStarted);
        var texts = Texts.For(entry.Language);
        var blocks = new List<ReplyBlock>();
        if (late) blocks.Add(new ContextBlock(texts.LateNote(settings.ToLocal(entry.DueAt))));

        if (entry.Kind == DeliveryKind.ChannelPost)
        {
            var everyone = new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken));
            blocks.Add(new TextBlock(texts.ChannelDayBefore(e.Title)));
            blocks.AddRange(cards.Card(everyone, texts));
            return DeliveryContent.Send(new OutgoingMessage(null, new ChannelRef(entry.ChannelId!), BotReply.Public([.. blocks]), entry.Id));
        }

        if (entry.MemberId is not { } memberId) return DeliveryContent.Skip(DeliveryReasons.NoLongerRegistered);
        if (!await WantsAsync(memberId, e.Id, cancellationToken)) return DeliveryContent.Skip(DeliveryReasons.OptedOut);
        Registration? registration;
        if (entry.Kind == DeliveryKind.WaitlistNote)
        {
            var roster = new EventRoster(e, await registrations.ListForEventAsync(e.Id, cancellationToken));
            registration = roster.Find(memberId);
            if (roster.WaitlistPosition(memberId) is not { } position) return DeliveryContent.Skip(DeliveryReasons.NoLongerRegistered);
            blocks.Add(new TextBlock(texts.WaitlistNote(e.Id, e.Title, position)));
            blocks.Add(new ActionsBlock([new ReplyButton(texts.ButtonLeave, $"/leave {e.Id}", ButtonStyle.Danger)]));
        }
        else
        {
            // Only the member's own registration: reading the whole roster for each of 1,000 reminders costs seconds.
            registration = (await registrations.ListForMemberAsync(memberId, cancellationToken)).FirstOrDefault(r => r.EventId == e.Id && r.IsActive);
            if (registration?.Status != RegistrationStatus.Going) return DeliveryContent.Skip(DeliveryReasons.NoLongerRegistered);
            blocks.Add(new TextBlock(texts.Reminder(Details(e, entry.Offset ?? DayBefore, registration, texts))));
            blocks.Add(new ActionsBlock(
            [
                new ReplyButton(texts.ButtonDetails, $"/event show {e.Id}"),
                new ReplyButton(texts.ButtonStopReminders, $"/remind {e.Id} off"),
                new ReplyButton(texts.ButtonLeave, $"/leave {e.Id}", ButtonStyle.Danger),
            ]));
        }

        var member = registration?.Member ?? entry.Member!;
        return DeliveryContent.Send(OutgoingMessage.ToDirect(member, BotReply.Private([.. blocks])));
    }

    private ReminderDetails Details(Event e, TimeSpan offset, Registration registration, Texts texts)
    {
        var partyLine = e.AfterParty is { } party && registration.Party == PartyStatus.Going
            ? texts.PartyReminderLine(party.Start is { } s ? settings.ToLocal(s) : null, party.Venue)
            : null;
        return new ReminderDetails(
            e.Id, e.Title, offset, settings.ToLocal(e.Start), e.DoorsOpen is { } d ? settings.ToLocal(d) : null,
            cards.When(e, texts), e.Venue, e.OnlineUrl, partyLine);
    }

    private async Task<OutboxEntry> ToMemberAsync(OutboxEntry template, DeliveryKind kind, Registration r, CancellationToken cancellationToken)
    {
        var entry = template with
        {
            Id = ScheduleKeys.ToMember(template.ScheduledSendId, r.MemberId),
            Kind = kind,
            MemberId = r.MemberId,
            MemberName = r.Name,
            Language = r.Language,
        };
        return await WantsAsync(r.MemberId, r.EventId, cancellationToken)
            ? entry
            : entry with { Status = DeliveryStatus.Skipped, Reason = DeliveryReasons.OptedOut };
    }

    private async Task<bool> WantsAsync(string memberId, int eventId, CancellationToken cancellationToken) =>
        await preferences.GetAsync(memberId, cancellationToken) is not { } preference || preference.Wants(eventId);
}
