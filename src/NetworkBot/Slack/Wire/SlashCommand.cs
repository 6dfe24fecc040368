namespace NetworkBot.Slack.Wire;

/// <summary>
/// A slash command invocation: form fields over HTTP, a JSON object inside a Socket Mode envelope. Slack sends no
/// locale here, so the member's language comes from <c>users.info</c>.
/// </summary>
internal sealed class SlashCommand
{
    public string? TeamId { get; init; }

    public string? TeamDomain { get; init; }

    public string? EnterpriseId { get; init; }

    public string? ChannelId { get; init; }

    public string? ChannelName { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public string? Command { get; init; }

    public string? Text { get; init; }

    public string? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    public string? ApiAppId { get; init; }

    public bool IsComplete => Inbound.SlackIds.IsWellFormed(TeamId) && Inbound.SlackIds.IsWellFormed(UserId)
        && (ChannelId is null || Inbound.SlackIds.IsWellFormed(ChannelId)) && !string.IsNullOrEmpty(Command);
}
