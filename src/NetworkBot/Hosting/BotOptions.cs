using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;

namespace NetworkBot.Hosting;

/// <summary>Settings under <c>Bot</c>.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    public string TimeZone { get; set; } = "Asia/Tokyo";

    public string DefaultLanguage { get; set; } = "ja";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Turns valid options into Core's settings; throws naming the key when one is wrong.</summary>
    public BotSettings ToSettings()
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"Bot:TimeZone \"{TimeZone}\" is not a known IANA time zone (for example Asia/Tokyo).");
        }

        if (DefaultLanguage is not ("ja" or "en"))
        {
            throw new InvalidOperationException($"Bot:DefaultLanguage must be ja or en, not \"{DefaultLanguage}\".");
        }

        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Bot:PublicBaseUrl \"{PublicBaseUrl}\" is not an absolute URL.");
        }

        return new BotSettings(zone, Languages.Parse(DefaultLanguage, Language.Ja), PublicBaseUrl.TrimEnd('/'));
    }
}
