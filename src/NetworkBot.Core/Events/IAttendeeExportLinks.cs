using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Events;

/// <summary>
/// Makes the download link for an event's attendee list (CSV). The link carries its own signature and expiry,
/// so whoever holds it can download the list until it expires: it is only ever shown to the organizer who asked.
/// </summary>
public interface IAttendeeExportLinks
{
    AttendeeExportLink Create(int eventId, Language language);
}

/// <summary>An absolute download address and how long it works.</summary>
public sealed record AttendeeExportLink(string Url, TimeSpan ValidFor);
