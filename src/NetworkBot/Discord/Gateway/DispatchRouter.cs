using System.Text.Json;
using NetworkBot.Discord.Http;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Gateway;

/// <summary>
/// Serves the Gateway events the bot cares about: INTERACTION_CREATE (answered through the callback endpoint, as a bot
/// without a public URL must) and GUILD_MEMBER_ADD (greets the newcomer). Everything else is ignored.
/// </summary>
internal sealed class DispatchRouter(
    InteractionProcessor processor, NewcomerGreeter greeter, DiscordRestClient rest, DiscordBackgroundWork work, ILogger<DispatchRouter> logger)
{
    public const string InteractionCreate = "INTERACTION_CREATE";
    public const string GuildMemberAdd = "GUILD_MEMBER_ADD";

    public static bool Handles(string? eventName) => eventName is InteractionCreate or GuildMemberAdd;

    public async Task RouteAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        try
        {
            switch (eventName)
            {
                case InteractionCreate when DiscordJson.Deserialize<Interaction>(data) is { Token.Length: > 0, HasWellFormedIds: true } interaction:
                    var outcome = await processor.ProcessAsync(interaction, cancellationToken);
                    if (outcome is null) return;
                    await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, outcome.Response, cancellationToken);
                    if (outcome.Continuation is { } continuation) work.Start("a deferred interaction reply", continuation);
                    break;
                case GuildMemberAdd when DiscordJson.Deserialize<GuildMember>(data) is { } member:
                    await greeter.GreetAsync(member, cancellationToken);
                    break;
                default:
                    DiscordLog.Unsupported(logger, "malformed " + eventName);
                    break;
            }
        }
        catch (JsonException)
        {
            DiscordLog.Unsupported(logger, "malformed " + eventName);
        }
        catch (DiscordApiException exception)
        {
            DiscordLog.DeferredReplyFailed(logger, (int)exception.Status, exception.Code);
        }
    }
}
