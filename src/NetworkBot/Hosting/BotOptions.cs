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

    /// <summary>
    /// Where introduction cards go: one channel id per platform, comma-separated
    /// (<c>console:introductions, slack:T123:C456, discord:G789:C012</c>).
    /// </summary>
    public string IntroductionsChannel { get; set; } = "console:introductions";

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

        return new BotSettings(zone, Languages.Parse(DefaultLanguage, Language.Ja), PublicBaseUrl.TrimEnd('/'))
        {
            IntroductionsChannels = ReadIntroductionsChannels(),
        };
    }

    private List<ChannelRef> ReadIntroductionsChannels()
    {
        var channels = new List<ChannelRef>();
        foreach (var id in (IntroductionsChannel ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = id.Split(':')[0].ToLowerInvariant();
            if (prefix is not ("console" or "slack" or "discord") || id.Length <= prefix.Length + 1)
            {
                throw new InvalidOperationException(
                    $"Bot:IntroductionsChannel \"{id}\" is not a channel id such as console:introductions, slack:T123:C456 or discord:G789:C012.");
            }

            var channel = new ChannelRef(id);
            if (channels.Any(c => c.Platform == channel.Platform))
            {
                throw new InvalidOperationException($"Bot:IntroductionsChannel names two channels for {channel.Platform}; give one per platform.");
            }

            channels.Add(channel);
        }

        return channels;
    }
}
