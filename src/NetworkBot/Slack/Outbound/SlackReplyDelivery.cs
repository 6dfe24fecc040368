using NetworkBot.Core.Replies;
using NetworkBot.Slack.Inbound;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;

namespace NetworkBot.Slack.Outbound;

/// <summary>
/// Delivers a command's reply after the acknowledgement: through the interaction's <c>response_url</c> (ephemeral or
/// in the channel, as the reply says), else as a message in the channel, else as a direct message; and opens forms as
/// modals, telling the member when Slack refuses (an expired trigger, say).
/// </summary>
public sealed class SlackReplyDelivery(
    SlackWebApiClient api, BlockKitRenderer renderer, SlackViews views, SlackDirectMessages directMessages, ILogger<SlackReplyDelivery> logger)
{
    public async Task AnswerAsync(SlackInvoker who, string? responseUrl, BotReply reply, SlackRun run, CancellationToken cancellationToken)
    {
        if (reply.Blocks.Count == 0) return;
        var message = renderer.RenderMessage(reply, run.Texts);
        var inChannel = reply.Visibility == ReplyVisibility.Channel;
        if (responseUrl is not null && await TryAsync("response_url", () => api.RespondAsync(responseUrl, message.ToResponse(inChannel), cancellationToken)))
        {
            return;
        }

        if (who.ChannelId is { } channel && await TryAsync("channel", () => inChannel
                ? api.PostMessageAsync(channel, message, cancellationToken)
                : api.PostEphemeralAsync(channel, who.UserId, message, cancellationToken)))
        {
            return;
        }

        await directMessages.SendAsync(who.UserId, message, cancellationToken);
    }

    public async Task OpenFormAsync(
        ReplyForm form, FormMetadata metadata, string? triggerId, bool onTopOfModal, SlackInvoker who, SlackRun run, CancellationToken cancellationToken)
    {
        var view = views.Form(form, metadata.ToJson(), run.Texts);
        var opened = triggerId is not null && await TryAsync("views.open", () => onTopOfModal
            ? api.PushViewAsync(triggerId, view, cancellationToken)
            : api.OpenViewAsync(triggerId, view, cancellationToken));
        if (!opened) await AnswerAsync(who, metadata.ResponseUrl, BotReply.PrivateText(run.Texts.SlackFormCouldNotOpen), run, cancellationToken);
    }

    private async Task<bool> TryAsync(string what, Func<Task> send)
    {
        try
        {
            await send();
            return true;
        }
        catch (SlackApiException exception)
        {
            SlackLog.DeliveryFellBack(logger, what, exception.Error);
            return false;
        }
    }
}
