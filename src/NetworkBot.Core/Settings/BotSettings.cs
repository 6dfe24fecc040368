using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Settings;

/// <summary>What Core needs from configuration: the zone times are typed and shown in, the default language, and the base of links.</summary>
public sealed record BotSettings(TimeZoneInfo TimeZone, Language DefaultLanguage, string PublicBaseUrl)
{
    public static BotSettings Default { get; } = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), Language.Ja, "http://localhost:5080");

    /// <summary>Reminder offsets used when an event sets none: a week, a day and an hour before.</summary>
    public IReadOnlyList<TimeSpan> DefaultReminderOffsets { get; init; } = [TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.FromHours(1)];

    /// <summary>Where introduction cards are posted: at most one channel per platform (<c>Bot:IntroductionsChannel</c>).</summary>
    public IReadOnlyList<ChannelRef> IntroductionsChannels { get; init; } = [new("console:introductions")];

    public ChannelRef? IntroductionsChannelFor(ChatPlatform platform) => IntroductionsChannels.FirstOrDefault(c => c.Platform == platform);

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;
}
