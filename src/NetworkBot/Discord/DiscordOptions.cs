namespace NetworkBot.Discord;

/// <summary>
/// Settings under <c>Discord</c>. Discord is on when any of the app's identity settings is present; then all three
/// (application id, public key, bot token) must be right, or the start stops with a message naming the key.
/// </summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10/";

    public string? ApplicationId { get; set; }

    /// <summary>The app's Ed25519 public key: 64 hexadecimal digits from the Developer Portal.</summary>
    public string? PublicKey { get; set; }

    public string? BotToken { get; set; }

    /// <summary>When set, commands are registered to this server only (they appear at once).</summary>
    public string? GuildId { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Connect the Gateway: greets newcomers and receives interactions without a public URL.</summary>
    public bool UseGateway { get; set; }

    /// <summary>Roles whose members may run organizer commands, besides Manage Events / Manage Server.</summary>
    public IReadOnlyList<string> OrganizerRoleIds { get; set; } = [];

    /// <summary>Where a newcomer is greeted when their direct messages are closed.</summary>
    public string? WelcomeChannelId { get; set; }

    public bool IsEnabled =>
        !string.IsNullOrWhiteSpace(ApplicationId) || !string.IsNullOrWhiteSpace(PublicKey) || !string.IsNullOrWhiteSpace(BotToken);

    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");

    /// <summary>What is wrong, each problem naming its key; empty when Discord is off or everything is right.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!IsEnabled) return [];
        var problems = new List<string>();
        if (!IsSnowflake(ApplicationId))
        {
            problems.Add("Discord:ApplicationId must be the application's numeric id (Developer Portal → General Information → Application ID).");
        }

        if (PublicKey is null || PublicKey.Trim().Length != 64 || !PublicKey.Trim().All(Uri.IsHexDigit))
        {
            problems.Add("Discord:PublicKey must be the application's public key: 64 hexadecimal digits (Developer Portal → General Information → Public Key).");
        }

        if (string.IsNullOrWhiteSpace(BotToken)) problems.Add("Discord:BotToken is missing (Developer Portal → Bot → Reset Token).");
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            problems.Add($"Discord:ApiBaseUrl \"{ApiBaseUrl}\" is not an absolute http(s) URL (default {DefaultApiBaseUrl}).");
        }

        if (!string.IsNullOrWhiteSpace(GuildId) && !IsSnowflake(GuildId)) problems.Add("Discord:GuildId must be a numeric server id.");
        if (!string.IsNullOrWhiteSpace(WelcomeChannelId) && !IsSnowflake(WelcomeChannelId))
        {
            problems.Add("Discord:WelcomeChannelId must be a numeric channel id.");
        }

        if (OrganizerRoleIds.Any(id => !IsSnowflake(id))) problems.Add("Discord:OrganizerRoleIds must list numeric role ids (comma-separated).");
        return problems;
    }

    private static bool IsSnowflake(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 20 && text.Trim().All(char.IsAsciiDigit);
}
