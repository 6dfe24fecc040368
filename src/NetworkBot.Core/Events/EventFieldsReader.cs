using System.Globalization;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Text;
using NetworkBot.Core.Time;

namespace NetworkBot.Core.Events;

/// <summary>The result of reading event options: the event as it would be, what changed, or what was wrong.</summary>
public sealed record EventFieldsResult(Event? Event, IReadOnlyList<string> ChangedKeys, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Event is not null;
}

/// <summary>
/// Turns <c>key:value</c> options into an event, for create (from nothing) and edit (from the stored event).
/// Every problem is collected so the organizer can fix them all at once; nothing is saved when any is found.
/// </summary>
public sealed class EventFieldsReader(BotSettings settings)
{
    public EventFieldsResult Read(Event? existing, CommandArguments arguments, string createdBy, string? channelId, DateTimeOffset now, Texts texts)
    {
        var errors = new List<string>();
        var changed = new List<string>();
        var options = arguments.Options;

        foreach (var key in options.Keys.Where(k => !EventFields.All.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(texts.UnknownOption(key, EventFields.All));
        }

        var title = Text(options, EventFields.Title, EventFields.TitleMaxLength, texts, errors) ?? existing?.Title;
        if (existing is null && string.IsNullOrWhiteSpace(title)) errors.Add(texts.Missing(EventFields.Title));

        var kind = existing?.Kind ?? EventKind.StudySession;
        if (Get(options, EventFields.Kind) is { } kindText && !EventKinds.TryParse(kindText, out kind))
        {
            errors.Add(texts.InvalidKind(kindText));
        }

        DateTimeOffset? start = existing?.Start;
        if (Get(options, EventFields.Start) is { } startText)
        {
            start = DateTimeInput.ParseDateTime(startText, now, settings.TimeZone);
            if (start is null) errors.Add(texts.InvalidDateTime(EventFields.Start, startText));
            else if (start <= now) errors.Add(texts.StartInPast(startText));
        }
        else if (existing is null)
        {
            errors.Add(texts.Missing(EventFields.Start));
        }

        var anchor = start ?? now;
        var end = Near(options, EventFields.End, anchor, now, existing?.End, mayBeBefore: false, texts, errors);
        if (end is { } e && start is { } s1 && e <= s1) errors.Add(texts.EndNotAfterStart());

        var doors = Near(options, EventFields.Doors, anchor, now, existing?.DoorsOpen, mayBeBefore: true, texts, errors);
        if (doors is { } d && start is { } s2 && (d > s2 || s2 - d > TimeSpan.FromHours(12))) errors.Add(texts.DoorsNotBeforeStart());

        var deadline = existing?.Deadline;
        if (Get(options, EventFields.Deadline) is { } deadlineText)
        {
            deadline = DateTimeInput.ParseDateTime(deadlineText, now, settings.TimeZone, defaultTime: new TimeSpan(23, 59, 0));
            if (deadline is null) errors.Add(texts.InvalidDateTime(EventFields.Deadline, deadlineText));
        }

        if (deadline is { } dl && start is { } s3 && dl > s3) errors.Add(texts.DeadlineAfterStart());

        var url = existing?.OnlineUrl;
        if (Get(options, EventFields.Url) is { } urlText)
        {
            url = IsNone(urlText) ? null : urlText.Trim();
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                errors.Add(texts.InvalidUrl(urlText));
            }
        }

        var prefecture = existing?.PrefectureCode;
        if (Get(options, EventFields.Prefecture) is { } prefectureText)
        {
            var found = IsNone(prefectureText) ? null : Prefectures.Find(prefectureText);
            if (found is null && !IsNone(prefectureText)) errors.Add(texts.UnknownPrefecture(prefectureText, Prefectures.Suggest(prefectureText)));
            prefecture = found?.Code;
        }

        var afterParty = ReadAfterParty(options, existing?.AfterParty, end ?? anchor, now, texts, errors);
        if (afterParty?.Start is { } partyStart && start is { } s4 && partyStart <= s4) errors.Add(texts.PartyBeforeStart());
        var reminders = existing?.ReminderOffsets;
        if (Get(options, EventFields.Reminders) is { } remindersText)
        {
            reminders = ReminderOffsets.Parse(remindersText);
            if (reminders is null) errors.Add(texts.InvalidReminders(remindersText));
        }

        var updated = new Event
        {
            Id = existing?.Id ?? 0,
            Title = title?.Trim() ?? "",
            Kind = kind,
            Start = start ?? now,
            End = end,
            DoorsOpen = doors,
            Venue = Text(options, EventFields.Venue, EventFields.VenueMaxLength, texts, errors, existing?.Venue),
            OnlineUrl = url,
            Capacity = Count(options, EventFields.Capacity, existing?.Capacity, texts, errors),
            FeeYen = Yen(options, EventFields.Fee, existing?.FeeYen, texts, errors),
            AfterParty = afterParty,
            Description = Text(options, EventFields.Description, EventFields.DescriptionMaxLength, texts, errors, existing?.Description),
            Deadline = deadline,
            PrefectureCode = prefecture,
            ReminderOffsets = reminders,
            IsCancelled = existing?.IsCancelled ?? false,
            CancelReason = existing?.CancelReason,
            CreatedBy = existing?.CreatedBy ?? createdBy,
            ChannelId = existing?.ChannelId ?? channelId,
            CreatedAt = existing?.CreatedAt ?? now,
            UpdatedAt = now,
        };

        if (existing is not null) changed.AddRange(ChangedKeys(existing, updated));
        return new EventFieldsResult(errors.Count == 0 ? updated : null, changed, errors);
    }

    private AfterParty? ReadAfterParty(
        IReadOnlyDictionary<string, string> options, AfterParty? existing, DateTimeOffset anchor, DateTimeOffset now, Texts texts, List<string> errors)
    {
        var mentioned = options.Keys.Any(k => k.StartsWith("party_", StringComparison.OrdinalIgnoreCase));
        var wanted = existing is not null || mentioned;
        if (Get(options, EventFields.Party) is { } partyText)
        {
            if (YesNo.Parse(partyText) is not { } yes) errors.Add(texts.InvalidYesNo(EventFields.Party, partyText));
            else wanted = yes || mentioned;
        }

        if (!wanted) return null;
        return new AfterParty
        {
            Start = Near(options, EventFields.PartyStart, anchor, now, existing?.Start, mayBeBefore: false, texts, errors),
            Venue = Text(options, EventFields.PartyVenue, EventFields.VenueMaxLength, texts, errors, existing?.Venue),
            Capacity = Count(options, EventFields.PartyCapacity, existing?.Capacity, texts, errors),
            FeeYen = Yen(options, EventFields.PartyFee, existing?.FeeYen, texts, errors),
        };
    }

    private DateTimeOffset? Near(
        IReadOnlyDictionary<string, string> options, string key, DateTimeOffset anchor, DateTimeOffset now, DateTimeOffset? existing,
        bool mayBeBefore, Texts texts, List<string> errors)
    {
        if (Get(options, key) is not { } text) return existing;
        if (IsNone(text)) return null;
        var value = DateTimeInput.ParseNear(text, anchor, now, settings.TimeZone, mayBeBefore);
        if (value is null) errors.Add(texts.InvalidDateTime(key, text));
        return value;
    }

    private static string? Text(
        IReadOnlyDictionary<string, string> options, string key, int maxLength, Texts texts, List<string> errors, string? existing = null)
    {
        if (Get(options, key) is not { } text) return existing;
        text = text.Trim();
        if (text.Length > maxLength) errors.Add(texts.TooLong(key, maxLength));
        return IsNone(text) && key != EventFields.Title ? null : text;
    }

    private static int? Count(IReadOnlyDictionary<string, string> options, string key, int? existing, Texts texts, List<string> errors)
    {
        if (Get(options, key) is not { } text) return existing;
        if (IsNone(text)) return null;
        var digits = Normalize(text).TrimEnd('名', '人', '席');
        if (int.TryParse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count) && count > 0 && count <= 100_000)
        {
            return count;
        }

        errors.Add(texts.InvalidCapacity(key, text));
        return existing;
    }

    private static int? Yen(IReadOnlyDictionary<string, string> options, string key, int? existing, Texts texts, List<string> errors)
    {
        if (Get(options, key) is not { } text) return existing;
        var normalized = Normalize(text).Replace("円", "").Replace("¥", "").Replace("\\", "").Trim();
        if (normalized is "無料" or "free" or "0") return 0;
        if (int.TryParse(normalized, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var yen) && yen >= 0 && yen <= 10_000_000)
        {
            return yen;
        }

        errors.Add(texts.InvalidFee(key, text));
        return existing;
    }

    private static IEnumerable<string> ChangedKeys(Event before, Event after)
    {
        if (before.Title != after.Title) yield return EventFields.Title;
        if (before.Kind != after.Kind) yield return EventFields.Kind;
        if (before.Start != after.Start) yield return EventFields.Start;
        if (before.End != after.End) yield return EventFields.End;
        if (before.DoorsOpen != after.DoorsOpen) yield return EventFields.Doors;
        if (before.Venue != after.Venue) yield return EventFields.Venue;
        if (before.OnlineUrl != after.OnlineUrl) yield return EventFields.Url;
        if (before.Capacity != after.Capacity) yield return EventFields.Capacity;
        if (before.FeeYen != after.FeeYen) yield return EventFields.Fee;
        if ((before.AfterParty is null) != (after.AfterParty is null)) yield return EventFields.Party;
        if (before.AfterParty?.Start != after.AfterParty?.Start) yield return EventFields.PartyStart;
        if (before.AfterParty?.Venue != after.AfterParty?.Venue) yield return EventFields.PartyVenue;
        if (before.AfterParty?.Capacity != after.AfterParty?.Capacity) yield return EventFields.PartyCapacity;
        if (before.AfterParty?.FeeYen != after.AfterParty?.FeeYen) yield return EventFields.PartyFee;
        if (before.Deadline != after.Deadline) yield return EventFields.Deadline;
        if (before.PrefectureCode != after.PrefectureCode) yield return EventFields.Prefecture;
        if (before.Description != after.Description) yield return EventFields.Description;
        if (!SameOffsets(before.ReminderOffsets, after.ReminderOffsets)) yield return EventFields.Reminders;
    }

    private static bool SameOffsets(List<TimeSpan>? a, List<TimeSpan>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static string? Get(IReadOnlyDictionary<string, string> options, string key) =>
        options.TryGetValue(key, out var value) ? value : null;

    private static string Normalize(string text) => WellFormedText.Normalize(text).Trim().ToLowerInvariant();

    private static bool IsNone(string text) => Normalize(text) is "" or "none" or "なし" or "無し" or "-" or "無制限" or "unlimited";
}
