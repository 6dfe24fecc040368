using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Publishing;

/// <summary>
/// An event as plain text for calendars and feeds, in the words of the chat card. It leaves out live seat counts:
/// a calendar entry or feed entry changes only when the event itself changes, and copied counts would go stale.
/// </summary>
public static class EventSummary
{
    public static string PlainText(Event e, Texts texts, EventCards cards, BotSettings settings)
    {
        var lines = new List<string>();
        if (e.IsCancelled) lines.Add(texts.CancelledBanner(e.CancelReason) + "\n");
        lines.Add($"{texts.LabelWhen}: {cards.When(e, texts)}");
        lines.Add($"{texts.LabelKind}: {texts.Kind(e.Kind)}");
        if (e.Venue is not null) lines.Add($"{texts.LabelVenue}: {e.Venue}");
        if (e.OnlineUrl is not null) lines.Add($"{texts.LabelOnline}: {e.OnlineUrl}");
        lines.Add($"{texts.LabelCapacity}: {texts.SeatLimit(e.Capacity)}");
        if (e.FeeYen is { } fee) lines.Add($"{texts.LabelFee}: {texts.Yen(fee)}");
        if (e.AfterParty is { } party)
        {
            var start = party.Start is { } s ? settings.ToLocal(s) : (DateTime?)null;
            lines.Add($"{texts.LabelAfterParty}: {texts.AfterParty(start, party.Venue, party.FeeYen, texts.SeatLimit(party.Capacity))}");
        }

        if (e.Deadline is { } deadline) lines.Add($"{texts.LabelDeadline}: {cards.DateTime(deadline, texts)}");
        if (Prefectures.ByCode(e.PrefectureCode) is { } prefecture) lines.Add($"{texts.LabelPrefecture}: {Prefectures.DisplayName(prefecture, texts.Language)}");
        if (!string.IsNullOrWhiteSpace(e.Description)) lines.Add("\n" + e.Description.Trim());
        if (!e.IsCancelled) lines.Add("\n" + texts.WebHowToJoin(e.Id, e.AfterParty is not null).Replace("`", "", StringComparison.Ordinal));
        return string.Join("\n", lines);
    }
}
