namespace NetworkBot.Core.Platform;

/// <summary>Where a member or channel lives. Ids carry it as their first segment (<c>slack:T1:U2</c>).</summary>
public enum ChatPlatform
{
    Console,
    Slack,
    Discord,
}

public static class ChatPlatforms
{
    public static ChatPlatform FromId(string id)
    {
        var prefix = id.AsSpan(0, Math.Max(0, id.IndexOf(':')));
        if (prefix.Equals("slack", StringComparison.OrdinalIgnoreCase)) return ChatPlatform.Slack;
        if (prefix.Equals("discord", StringComparison.OrdinalIgnoreCase)) return ChatPlatform.Discord;
        return ChatPlatform.Console;
    }
}
