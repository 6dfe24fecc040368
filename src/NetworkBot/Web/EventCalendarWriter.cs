using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Settings;

namespace NetworkBot.Web;

/// <summary>
/// Events as iCalendar (RFC 5545) for Google Calendar, Outlook and Apple Calendar: local times with the bot's
/// time zone (TZID plus its VTIMEZONE), a UID per event that never changes, and SEQUENCE / LAST-MODIFIED that
/// move forward with every edit so subscribed calendars pick up changes and cancellations.
/// </summary>
public sealed class EventCalendarWriter(EventCards cards, BotSettings settings)
{
    private readonly PublicLinks _links = new(settings);
    private readonly string _zoneId = IanaId(settings.TimeZone);

    public string Write(IEnumerable<Event> events, Texts texts)
    {
        var calendar = new Calendar { ProductId = "-//NetworkBot//Events//" + texts.Language.ToString().ToUpperInvariant(), Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", texts.ScheduleName);
        calendar.AddProperty("X-WR-TIMEZONE", _zoneId);
        // Ask subscribed calendars to look again every hour (Apple and RFC 7986; Outlook reads X-PUBLISHED-TTL).
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(_zoneId));

        foreach (var e in events) calendar.Events.Add(ToCalendarEvent(e, texts));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The UID of an event: the same in every download, and unique to this network's address.</summary>
    public string Uid(int eventId) => $"event-{eventId}@{_links.Host}";

    private CalendarEvent ToCalendarEvent(Event e, Texts texts)
    {
        var page = _links.EventPage(e.Id, texts.Language);
        var entry = new CalendarEvent
        {
            Uid = Uid(e.Id),
            Summary = texts.EventHeading(e.Id, e.Title, e.IsCancelled),
            DtStart = Local(e.Start),
            DtStamp = Utc(e.UpdatedAt),
            Created = Utc(e.CreatedAt),
            LastModified = Utc(e.UpdatedAt),
            Sequence = Sequence(e),
            Status = e.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Location = e.Venue ?? e.OnlineUrl,
            Description = EventSummary.PlainText(e, texts, cards, settings) + "\n\n" + page,
            Url = new Uri(page),
        };
        entry.Categories.Add(texts.Kind(e.Kind));
        // Without an end the event is a moment (RFC 5545 §3.6.1); better that than inventing a length.
        if (e.End is { } end) entry.DtEnd = Local(end);
        return entry;
    }

    /// <summary>
    /// Seconds from creation to the last edit: grows with every edit, as SEQUENCE must. A cancellation is the last
    /// change an event can get, so it adds one more: the cancelled copy outranks the one before even within a second.
    /// </summary>
    private static int Sequence(Event e)
    {
        var seconds = (int)Math.Clamp((e.UpdatedAt - e.CreatedAt).TotalSeconds, 0, int.MaxValue - 1);
        return e.IsCancelled ? seconds + 1 : seconds;
    }

    private CalDateTime Local(DateTimeOffset instant) => new(settings.ToLocal(instant), _zoneId);

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);

    private static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
