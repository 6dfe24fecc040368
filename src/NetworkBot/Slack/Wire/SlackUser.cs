namespace NetworkBot.Slack.Wire;

/// <summary>A user as <c>users.info</c> and <c>team_join</c> describe them. <c>locale</c> only comes with <c>include_locale=true</c>.</summary>
internal sealed class SlackUser
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    public bool Deleted { get; init; }

    public bool IsBot { get; init; }

    public bool IsAppUser { get; init; }

    public bool IsAdmin { get; init; }

    public bool IsOwner { get; init; }

    public bool IsPrimaryOwner { get; init; }

    public string? Locale { get; init; }

    public SlackProfile? Profile { get; init; }

    /// <summary>
    /// The name to call them by: display name, else real name, else the account name. The <c>_normalized</c> variants
    /// are avoided: they drop non-Latin characters, which empties Japanese names.
    /// </summary>
    public string? BestName =>
        new[] { Profile?.DisplayName, Profile?.RealName, RealName, Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim();
}

internal sealed class SlackProfile
{
    public string? DisplayName { get; init; }

    public string? RealName { get; init; }
}
