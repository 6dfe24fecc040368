using System.Runtime.CompilerServices;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Rendering;

/// <summary>
/// Renders a reply as an interaction response, written out once, and keeps both with the reply: Core hands out the
/// same reply instance while nothing changed (<c>/events</c> until the next write). A kept answer goes with its reply.
/// </summary>
internal sealed class DiscordAnswers(DiscordMessageRenderer renderer)
{
    private readonly ConditionalWeakTable<BotReply, Rendered> _kept = new();

    public (InteractionResponse Response, string Json) For(BotReply reply, Texts texts, bool ephemeral)
    {
        var rendered = _kept.GetValue(reply, static _ => new Rendered());
        lock (rendered.Gate)
        {
            foreach (var (language, isEphemeral, response, json) in rendered.Answers)
            {
                if (language == texts.Language && isEphemeral == ephemeral) return (response, json);
            }
        }

        var fresh = InteractionResponse.Message(renderer.Render(reply, texts, ephemeral));
        var written = DiscordJson.Serialize(fresh);
        lock (rendered.Gate) rendered.Answers.Add((texts.Language, ephemeral, fresh, written));
        return (fresh, written);
    }

    private sealed class Rendered
    {
        public Lock Gate { get; } = new();

        public List<(Language Language, bool Ephemeral, InteractionResponse Response, string Json)> Answers { get; } = [];
    }
}
