namespace NetworkBot.Slack.Inbound;

/// <summary>Text ids for Slack members and channels: <c>slack:{team_id}:{user_id}</c>, <c>slack:{team_id}:{channel_id}</c>.</summary>
public static class SlackIds
{
    /// <summary>The longest id Slack hands out is far shorter; anything longer is not from Slack.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Whether a team, user or channel id looks like one of Slack's (letters and digits, short). Ids become storage
    /// keys, so anything else is refused at the door rather than stored.
    /// </summary>
    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is { Length: > 0 and <= MaxLength } && id.All(char.IsAsciiLetterOrDigit);

    public static string Member(string teamId, string userId) => $"slack:{teamId}:{userId}";

    public static string Channel(string teamId, string channelId) => $"slack:{teamId}:{channelId}";

    /// <summary>The Slack id at the end of a text id (<c>slack:T1:U2</c> → <c>U2</c>), or null when it is not a Slack id.</summary>
    public static string? LocalPart(string id)
    {
        var parts = id.Split(':');
        return parts.Length == 3 && parts[0] == "slack" && parts[2].Length > 0 ? parts[2] : null;
    }
}
