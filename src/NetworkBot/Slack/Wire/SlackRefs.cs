namespace NetworkBot.Slack.Wire;

internal sealed class SlackTeamRef
{
    public string? Id { get; init; }

    public string? Domain { get; init; }

    public string? EnterpriseId { get; init; }
}

internal sealed class SlackUserRef
{
    public string? Id { get; init; }

    public string? Username { get; init; }

    public string? Name { get; init; }

    public string? TeamId { get; init; }
}

internal sealed class SlackChannelRef
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
