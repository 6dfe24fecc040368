using System.Net.Http.Headers;
using System.Text;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Rest;

/// <summary>
/// Discord's REST API as the bot uses it. Bot-level calls carry <c>Authorization: Bot …</c>; interaction callbacks and
/// webhook edits are authorized by the interaction token in their path instead. Rate limits and retries happen
/// underneath, in <see cref="DiscordRateLimitHandler"/>; a failure surfaces as <see cref="DiscordApiException"/>.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, DiscordOptions options)
{
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        (await SendAsync<GatewayBotInfo>(HttpMethod.Get, "gateway/bot", null, bot: true, cancellationToken))!;

    public Task BulkOverwriteCommandsAsync(IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var path = string.IsNullOrWhiteSpace(options.GuildId)
            ? $"applications/{options.ApplicationId}/commands"
            : $"applications/{options.ApplicationId}/guilds/{options.GuildId}/commands";
        return SendAsync<object>(HttpMethod.Put, path, commands, bot: true, cancellationToken);
    }

    public async Task<string> CreateDmChannelAsync(string userId, CancellationToken cancellationToken) =>
        (await SendAsync<Channel>(HttpMethod.Post, "users/@me/channels", new CreateDmRequest(userId), bot: true, cancellationToken))!.Id;

    public async Task<string> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        (await SendAsync<CreatedMessage>(HttpMethod.Post, $"channels/{channelId}/messages", message, bot: true, cancellationToken))!.Id;

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Post, $"interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback", response, bot: false, cancellationToken);

    public Task EditOriginalResponseAsync(string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Patch, $"webhooks/{options.ApplicationId}/{Uri.EscapeDataString(token)}/messages/@original", message, bot: false, cancellationToken);

    public Task CreateFollowupAsync(string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Post, $"webhooks/{options.ApplicationId}/{Uri.EscapeDataString(token)}", message, bot: false, cancellationToken);

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, object? body, bool bot, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, path);
        if (bot) request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken);
        if (body is not null) request.Content = new StringContent(DiscordJson.Serialize(body), Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            ErrorBody? error = null;
            try
            {
                if (bytes.Length > 0) error = DiscordJson.Deserialize<ErrorBody>(bytes);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not Discord's JSON: the status says enough.
            }

            var route = DiscordRoute.For(method, request.RequestUri!, http.BaseAddress!).Template;
            throw new DiscordApiException(response.StatusCode, error?.Code ?? 0, route, error?.Message);
        }

        return typeof(T) == typeof(object) || bytes.Length == 0 ? null : DiscordJson.Deserialize<T>(bytes);
    }
}
