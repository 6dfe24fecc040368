namespace NetworkBot.Discord;

/// <summary>
/// Discord's members and channels in the bot's id scheme: <c>discord:{guild}:{user}</c>, <c>discord:{guild}:{channel}</c>,
/// with <c>@me</c> as the guild of direct messages.
/// </summary>
internal static class DiscordIds
{
    public const string DirectMessages = "@me";

    /// <summary>Whether an id is a snowflake (a 64-bit number, so at most 20 digits); ids become storage keys.</summary>
    public static bool IsSnowflake([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit);

    public static string Member(string? guildId, string userId) => $"discord:{guildId ?? DirectMessages}:{userId}";

    public static string Channel(string? guildId, string channelId) => $"discord:{guildId ?? DirectMessages}:{channelId}";

    /// <summary>The last segment of an id (the user or channel snowflake), or null when it is not a Discord id.</summary>
    public static string? LastSegment(string id)
    {
        var parts = id.Split(':');
        return parts.Length == 3 && parts[0] == "discord" && parts[2].Length > 0 && parts[2].All(char.IsAsciiDigit) ? parts[2] : null;
    }
}
