using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Wire;
using NetworkBot.Messaging;

namespace NetworkBot.Discord.Rendering;

/// <summary>A reply as an interaction response, written out once and kept with the reply.</summary>
internal sealed class DiscordAnswers(DiscordMessageRenderer renderer)
{
    private readonly RenderedReplies<(Language, bool), (InteractionResponse Response, string Json)> _kept = new();

    public (InteractionResponse Response, string Json) For(BotReply reply, Texts texts, bool ephemeral) =>
        _kept.GetOrRender(reply, (texts.Language, ephemeral), () =>
        {
            var response = InteractionResponse.Message(renderer.Render(reply, texts, ephemeral));
            return (response, DiscordJson.Serialize(response));
        });
}
