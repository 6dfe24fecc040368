using System.Collections.Concurrent;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;

namespace NetworkBot.Slack.Outbound;

/// <summary>Direct messages: <c>conversations.open</c> once per member (the DM channel id is kept), then <c>chat.postMessage</c>.</summary>
public sealed class SlackDirectMessages(SlackWebApiClient api)
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public async Task SendAsync(string userId, SlackMessage message, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(userId, out var channel))
        {
            channel = await api.OpenConversationAsync(userId, cancellationToken);
            _channels[userId] = channel;
        }

        await api.PostMessageAsync(channel, message, cancellationToken);
    }
}
