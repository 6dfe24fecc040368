using System.Text;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Messaging;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>A reply as the body of Slack's answer, written out once and kept with the reply (Block Kit is the costly part).</summary>
public sealed class SlackAnswers(BlockKitRenderer renderer)
{
    private readonly RenderedReplies<(Language, bool), SlackAck> _kept = new();

    internal SlackAck For(BotReply reply, Texts texts, bool inChannel) =>
        _kept.GetOrRender(reply, (texts.Language, inChannel), (renderer, reply, texts, inChannel), static state =>
        {
            var body = state.renderer.RenderMessage(state.reply, state.texts).ToResponse(state.inChannel);
            return new SlackAck(body, BodyUtf8Json: Encoding.UTF8.GetBytes(body.ToJsonString(SlackJson.Options)));
        });
}
