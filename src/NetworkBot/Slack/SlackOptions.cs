using System.Text.RegularExpressions;

namespace NetworkBot.Slack;

/// <summary>
/// Settings under <c>Slack</c>. Slack is off when none of the secrets is set. With <see cref="SigningSecret"/> the
/// HTTP endpoints answer; with <see cref="AppToken"/> the bot connects through Socket Mode (no public URL needed).
/// </summary>
public sealed partial class SlackOptions
{
    public const string Section = "Slack";

    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    public string? SigningSecret { get; set; }

    public string? BotToken { get; set; }

    public string? AppToken { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>User ids (<c>U…</c> or <c>W…</c>) who organize besides workspace admins and owners; commas or spaces between them.</summary>
    public string? OrganizerUserIds { get; set; }

    public bool IsEnabled => HasValue(SigningSecret) || HasValue(BotToken) || HasValue(AppToken);

    public bool HttpEnabled => IsEnabled && HasValue(SigningSecret);

    public bool SocketModeEnabled => IsEnabled && HasValue(AppToken);

    public IReadOnlySet<string> OrganizerIds =>
        (OrganizerUserIds ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    public Uri ApiBase => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");

    /// <summary>What is wrong with settings that are present, each naming its key; empty when Slack is off or all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!IsEnabled) return problems;
        if (!HasValue(BotToken)) problems.Add("Slack:BotToken is required when Slack is configured (the bot token, xoxb-…).");
        else if (!BotToken!.Trim().StartsWith("xoxb-", StringComparison.Ordinal)) problems.Add("Slack:BotToken must be a bot token starting with xoxb-.");
        if (!HasValue(SigningSecret) && !HasValue(AppToken))
        {
            problems.Add("Slack:SigningSecret (HTTP endpoints) or Slack:AppToken (Socket Mode) is required to receive commands.");
        }

        if (HasValue(SigningSecret) && SigningSecret!.Trim().Any(char.IsWhiteSpace)) problems.Add("Slack:SigningSecret must not contain spaces.");
        if (HasValue(AppToken) && !AppToken!.Trim().StartsWith("xapp-", StringComparison.Ordinal)) problems.Add("Slack:AppToken must be an app-level token starting with xapp-.");
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            problems.Add($"Slack:ApiBaseUrl \"{ApiBaseUrl}\" is not an absolute http(s) URL (default {DefaultApiBaseUrl}).");
        }

        var wrongIds = OrganizerIds.Where(id => !UserId().IsMatch(id)).ToList();
        if (wrongIds.Count > 0) problems.Add($"Slack:OrganizerUserIds has values that are not Slack user ids (U… or W…): {string.Join(", ", wrongIds)}.");
        return problems;
    }

    private static bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);

    [GeneratedRegex("^[UW][A-Z0-9]+$")]
    private static partial Regex UserId();
}
