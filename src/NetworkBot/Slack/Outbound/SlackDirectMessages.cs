using NetworkBot.Core.Platform;
using NetworkBot.Messaging;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// Direct messages. The first goes to the member's user id (Slack opens the DM and names it in its answer); the DM's
/// channel id is then kept (<see cref="DirectChannelStore"/>) and used from then on, also after a restart.
/// </summary>
public sealed class SlackDirectMessages(SlackWebApiClient api, DirectChannelStore channels)
{
    public async Task SendAsync(string userId, SlackMessage message, CancellationToken cancellationToken)
    {
        if (channels.Find(ChatPlatform.Slack, userId) is { } channel)
        {
            await api.PostMessageAsync(channel, message, cancellationToken);
            return;
        }

        if (await api.PostToUserAsync(userId, message, cancellationToken) is { Length: > 0 } opened) channels.Remember(ChatPlatform.Slack, userId, opened);
    }
}
