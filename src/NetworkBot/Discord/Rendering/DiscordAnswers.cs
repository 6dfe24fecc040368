using System.Text;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Wire;
using NetworkBot.Messaging;

namespace NetworkBot.Discord.Rendering;

/// <summary>A reply as an interaction response, written out once (as UTF-8, as it is sent) and kept with the reply.</summary>
internal sealed class DiscordAnswers(DiscordMessageRenderer renderer)
{
    private readonly RenderedReplies<(Language, bool), (InteractionResponse Response, byte[] Utf8Json)> _kept = new();

    public (InteractionResponse Response, byte[] Utf8Json) For(BotReply reply, Texts texts, bool ephemeral) =>
        _kept.GetOrRender(reply, (texts.Language, ephemeral), (renderer, reply, texts, ephemeral), static state =>
        {
            var response = InteractionResponse.Message(state.renderer.Render(state.reply, state.texts, state.ephemeral));
            return (response, Encoding.UTF8.GetBytes(DiscordJson.Serialize(response)));
        });
}
