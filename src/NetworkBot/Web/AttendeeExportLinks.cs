using System.Globalization;
using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Settings;

namespace NetworkBot.Web;

/// <summary>
/// Makes and checks the signed links to an event's attendee CSV:
/// <c>/events/{id}/attendees.csv?expires={unix seconds}&amp;sig={HMAC}</c>, valid for 24 hours.
/// </summary>
public sealed class AttendeeExportLinks(LinkSigner signer, BotSettings settings, TimeProvider time) : IAttendeeExportLinks
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(24);
    private const string Purpose = "attendees-csv";

    public AttendeeExportLink Create(int eventId, Language language)
    {
        var expires = (time.GetUtcNow() + ValidFor).ToUnixTimeSeconds();
        var query = string.Create(CultureInfo.InvariantCulture, $"?expires={expires}&sig={signer.Sign(Purpose, eventId, expires)}");
        if (language == Language.En) query += "&lang=en";
        return new AttendeeExportLink(settings.PublicBaseUrl.TrimEnd('/') + PublicLinks.AttendeesCsvPath(eventId) + query, ValidFor);
    }

    /// <summary>True when the link was made here for this event and has not expired.</summary>
    public bool IsValid(int eventId, string? expiresText, string? signature)
    {
        if (!long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)) return false;
        if (time.GetUtcNow().ToUnixTimeSeconds() >= expires) return false;
        return signer.IsValid(Purpose, eventId, expires, signature);
    }
}
