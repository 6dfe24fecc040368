using System.Runtime.CompilerServices;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Renders a reply as the body of Slack's answer, and keeps it with the reply: Core hands out the same reply instance
/// while nothing changed (<c>/events</c> until the next write), and Block Kit rendering is most of such a request's work.
/// A kept answer goes with its reply.
/// </summary>
public sealed class SlackAnswers(BlockKitRenderer renderer)
{
    private readonly ConditionalWeakTable<BotReply, Rendered> _kept = new();

    internal SlackAck For(BotReply reply, Texts texts, bool inChannel)
    {
        var rendered = _kept.GetValue(reply, static _ => new Rendered());
        lock (rendered.Gate)
        {
            foreach (var (language, channel, ack) in rendered.Answers)
            {
                if (language == texts.Language && channel == inChannel) return ack;
            }
        }

        var body = renderer.RenderMessage(reply, texts).ToResponse(inChannel);
        var answer = new SlackAck(body, BodyJson: body.ToJsonString(SlackJson.Options));
        lock (rendered.Gate) rendered.Answers.Add((texts.Language, inChannel, answer));
        return answer;
    }

    private sealed class Rendered
    {
        public Lock Gate { get; } = new();

        public List<(Language Language, bool InChannel, SlackAck Ack)> Answers { get; } = [];
    }
}
