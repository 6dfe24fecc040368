namespace NetworkBot.Slack.Inbound;

/// <summary>Text ids for Slack members and channels: <c>slack:{team_id}:{user_id}</c>, <c>slack:{team_id}:{channel_id}</c>.</summary>
public static class SlackIds
{
    public static string Member(string teamId, string userId) => $"slack:{teamId}:{userId}";

    public static string Channel(string teamId, string channelId) => $"slack:{teamId}:{channelId}";

    /// <summary>The Slack id at the end of a text id (<c>slack:T1:U2</c> → <c>U2</c>), or null when it is not a Slack id.</summary>
    public static string? LocalPart(string id)
    {
        var parts = id.Split(':');
        return parts.Length == 3 && parts[0] == "slack" && parts[2].Length > 0 ? parts[2] : null;
    }
}
