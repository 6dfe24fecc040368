using System.Text.RegularExpressions;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Platform;

/// <summary>
/// Reads a channel as a member names it, on the platform they are on: <c>#general</c> on the console, a channel
/// mention on Slack (<c>&lt;#C123|general&gt;</c>) or Discord (<c>&lt;#123&gt;</c>), or a full id (<c>console:general</c>).
/// Platforms whose channels are not named this way add their own form here.
/// </summary>
public static partial class ChannelInput
{
    public static ChannelRef? Parse(string? text, MemberRef invoker)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = WellFormedText.Normalize(text).Trim();
        var platform = invoker.Platform;

        if (FullId().IsMatch(value))
        {
            var channel = new ChannelRef(value);
            return channel.Platform == platform && channel.Id.StartsWith(PlatformPrefix(platform), StringComparison.OrdinalIgnoreCase) ? channel : null;
        }

        var workspace = Workspace(invoker.Id);
        switch (platform)
        {
            case ChatPlatform.Slack when SlackMention().Match(value) is { Success: true } slack && workspace is not null:
                return new ChannelRef($"slack:{workspace}:{slack.Groups["id"].Value}");
            case ChatPlatform.Discord when DiscordMention().Match(value) is { Success: true } discord && workspace is not null:
                return new ChannelRef($"discord:{workspace}:{discord.Groups["id"].Value}");
            case ChatPlatform.Console when ConsoleName().Match(value) is { Success: true } name:
                return new ChannelRef($"console:{name.Groups["name"].Value.ToLowerInvariant()}");
            default:
                return null;
        }
    }

    /// <summary>How a channel is shown to members: <c>#general</c>.</summary>
    public static string Display(ChannelRef channel) => channel.Platform switch
    {
        ChatPlatform.Console => "#" + channel.Id[(channel.Id.IndexOf(':') + 1)..],
        _ => "#" + channel.Id[(channel.Id.LastIndexOf(':') + 1)..],
    };

    private static string PlatformPrefix(ChatPlatform platform) => platform.ToString().ToLowerInvariant() + ":";

    /// <summary>The workspace or guild segment of an id such as <c>slack:T1:U2</c>.</summary>
    private static string? Workspace(string memberId)
    {
        var parts = memberId.Split(':');
        return parts.Length >= 3 ? parts[1] : null;
    }

    [GeneratedRegex(@"^(console|slack|discord):\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex FullId();

    [GeneratedRegex(@"^<#(?<id>[A-Z0-9]+)(\|[^>]*)?>$")]
    private static partial Regex SlackMention();

    [GeneratedRegex(@"^<#(?<id>\d+)>$")]
    private static partial Regex DiscordMention();

    [GeneratedRegex(@"^[#＃]?(?<name>[\p{L}\p{N}_-]{1,80})$")]
    private static partial Regex ConsoleName();
}
