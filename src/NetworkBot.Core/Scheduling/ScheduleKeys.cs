using System.Globalization;
using NetworkBot.Core.Events;

namespace NetworkBot.Core.Scheduling;

/// <summary>
/// The names of scheduled sends and deliveries. A name says what a thing is, so recording it twice is recording it
/// once: <c>event:37/reminder:1d@2026-12-04T05:00Z/member:slack:T1:U2</c>, <c>announcement:5@2026-12-01T00:00Z/channel:console:general</c>.
/// </summary>
public static class ScheduleKeys
{
    public static string EventPrefix(int eventId) => $"event:{eventId}/";

    public static string AnnouncementPrefix(int announcementId) => $"announcement:{announcementId}@";

    public static string EventReminder(int eventId, TimeSpan offset, DateTimeOffset due) =>
        $"{EventPrefix(eventId)}reminder:{ReminderOffsets.Format([offset])}@{Instant(due)}";

    public static string Announcement(int announcementId, DateTimeOffset due) => $"{AnnouncementPrefix(announcementId)}{Instant(due)}";

    public static string ToMember(string sendId, string memberId) => $"{sendId}/member:{memberId}";

    public static string ToChannel(string sendId, string channelId) => $"{sendId}/channel:{channelId}";

    private static string Instant(DateTimeOffset due) => due.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
