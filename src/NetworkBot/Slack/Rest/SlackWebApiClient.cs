using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Platform;
using NetworkBot.Observability;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Slack.Rest;

/// <summary>
/// The Slack Web API methods the bot uses, with one error model: <c>ok:false</c> or an HTTP failure becomes a
/// <see cref="SlackApiException"/> carrying Slack's error code; a 429 waits the <c>Retry-After</c> it names and tries
/// again; <c>chat.postMessage</c> is paced per channel. Tokens go in the Authorization header and are never logged.
/// </summary>
public sealed partial class SlackWebApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    SlackMessagePacer pacer,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<SlackWebApiClient> logger)
{
    public const string HttpClientName = "slack";

    /// <summary>How often one call is tried when Slack keeps answering 429.</summary>
    public const int MaxAttempts = 4;

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(5);

    /// <summary>Methods Slack answered 429 for, and until when nobody calls them.</summary>
    private readonly Dictionary<string, DateTimeOffset> _pauses = new(StringComparer.Ordinal);

    public async Task<string?> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        var answer = await PostAsync(channel, message, cancellationToken);
        return answer.TryGetProperty("ts", out var ts) ? ts.GetString() : null;
    }

    /// <summary>
    /// Posts a direct message to a user by their id: Slack opens the DM if it is not open yet and answers with its
    /// channel id, so no <c>conversations.open</c> call (Tier 3, about 50 a minute) is needed. Returns that id.
    /// </summary>
    public async Task<string?> PostToUserAsync(string userId, SlackMessage message, CancellationToken cancellationToken)
    {
        var answer = await PostAsync(userId, message, cancellationToken);
        return answer.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.String ? channel.GetString() : null;
    }

    public Task PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        body["channel"] = channel;
        body["user"] = user;
        return CallAsync("chat.postEphemeral", body, cancellationToken);
    }

    public Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        body["channel"] = channel;
        body["ts"] = ts;
        return CallAsync("chat.update", body, cancellationToken);
    }

    public Task OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    public Task PushViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.push", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    public Task UpdateViewAsync(string viewId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.update", new JsonObject { ["view_id"] = viewId, ["view"] = view.DeepClone() }, cancellationToken);

    public Task PublishViewAsync(string userId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary><c>users.info</c> with the user's locale. It takes form arguments, not JSON.</summary>
    internal async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var arguments = new Dictionary<string, string> { ["user"] = userId, ["include_locale"] = "true" };
        var answer = await SendAsync("users.info", () => new FormUrlEncodedContent(arguments), BotToken, cancellationToken);
        if (!answer.TryGetProperty("user", out var user)) throw new SlackApiException("users.info", "invalid_response");
        try
        {
            return SlackJson.Parse<SlackUser>(user);
        }
        catch (JsonException exception)
        {
            throw new SlackApiException("users.info", "invalid_response", exception);
        }
    }

    /// <summary><c>apps.connections.open</c> with the app-level token: a fresh, single-use Socket Mode URL.</summary>
    public async Task<Uri> OpenSocketConnectionAsync(CancellationToken cancellationToken)
    {
        var token = options.Value.AppToken?.Trim() ?? throw new InvalidOperationException("Slack:AppToken is not set.");
        var answer = await SendAsync("apps.connections.open", () => new FormUrlEncodedContent([]), token, cancellationToken);
        return answer.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            ? uri
            : throw new SlackApiException("apps.connections.open", "invalid_response");
    }

    /// <summary>Answers through an interaction's <c>response_url</c> (valid for 30 minutes, five uses; no token needed).</summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !HasUsableHost(uri))
        {
            throw new SlackApiException("response_url", "invalid_response_url");
        }

        var json = message.ToJsonString(SlackJson.Options);
        try
        {
            await SendAsync("response_url", uri, () => new StringContent(json, Encoding.UTF8, "application/json"), token: null, requireOk: false, cancellationToken);
        }
        catch (UriFormatException)
        {
            // Some host names pass every check above and still fail when the connection is made.
            throw new SlackApiException("response_url", "invalid_response_url");
        }
    }

    /// <summary><c>chat.postMessage</c>, each attempt paced for its channel and the workspace.</summary>
    private Task<JsonElement> PostAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        body["channel"] = channel;
        var json = body.ToJsonString(SlackJson.Options);
        const string method = "chat.postMessage";
        return SendAsync(
            method, new Uri(options.Value.ApiBase, method), () => new StringContent(json, Encoding.UTF8, "application/json"), BotToken, requireOk: true,
            cancellationToken, async ct => metrics.RateLimitWaited(ChatPlatform.Slack, method, await pacer.WaitTurnAsync(channel, ct)));
    }

    /// <summary>A host name that parses as a URI can still be one no request can be sent to (invalid IDN).</summary>
    private static bool HasUsableHost(Uri uri)
    {
        try
        {
            return uri.IdnHost.Length > 0;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }

    private Task<JsonElement> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken)
    {
        var json = arguments.ToJsonString(SlackJson.Options);
        return SendAsync(method, () => new StringContent(json, Encoding.UTF8, "application/json"), BotToken, cancellationToken);
    }

    private Task<JsonElement> SendAsync(string method, Func<HttpContent> content, string token, CancellationToken cancellationToken) =>
        SendAsync(method, new Uri(options.Value.ApiBase, method), content, token, requireOk: true, cancellationToken);

    private async Task<JsonElement> SendAsync(
        string method, Uri uri, Func<HttpContent> content, string? token, bool requireOk, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? waitTurn = null)
    {
        var http = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            // A pause after a 429 first, then the pace: requests held up by a pause must not go out all at once.
            await WaitOutPauseAsync(method, cancellationToken);
            if (waitTurn is not null) await waitTurn(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                SlackLog.ApiUnreachable(logger, method, exception.HttpRequestError.ToString());
                throw new SlackApiException(method, "unreachable", exception);
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                SlackLog.ApiUnreachable(logger, method, "timed out");
                throw new SlackApiException(method, "timeout", exception);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = RetryAfter(response);
                    SlackLog.ApiRateLimited(logger, method, wait.TotalSeconds, attempt);
                    // Slack limits per method: every caller of it waits, not only this one, so a fan-out causes one 429, not one each.
                    PauseMethod(method, wait);
                    if (attempt >= MaxAttempts) throw new SlackApiException(method, "ratelimited");
                    metrics.RateLimitWaited(ChatPlatform.Slack, method, wait);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    SlackLog.ApiFailed(logger, method, $"http_{(int)response.StatusCode}");
                    throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
                }

                var body = await ReadJsonAsync(response, cancellationToken);
                if (!requireOk && body is null) return default;
                if (body is { ValueKind: JsonValueKind.Object } answer && answer.TryGetProperty("ok", out var ok))
                {
                    if (ok.ValueKind == JsonValueKind.True) return answer;
                    var error = answer.TryGetProperty("error", out var code) ? code.GetString() ?? "unknown_error" : "unknown_error";
                    SlackLog.ApiFailed(logger, method, error);
                    throw new SlackApiException(method, error);
                }

                if (!requireOk) return body ?? default;
                SlackLog.ApiFailed(logger, method, "invalid_response");
                throw new SlackApiException(method, "invalid_response");
            }
        }
    }

    private Task WaitOutPauseAsync(string method, CancellationToken cancellationToken)
    {
        DateTimeOffset until;
        lock (_pauses)
        {
            if (!_pauses.TryGetValue(method, out until)) return Task.CompletedTask;
        }

        var wait = until - time.GetUtcNow();
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }

    private void PauseMethod(string method, TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
        lock (_pauses)
        {
            if (!_pauses.TryGetValue(method, out var current) || current < until) _pauses[method] = until;
        }
    }

    private string BotToken => options.Value.BotToken?.Trim() ?? throw new InvalidOperationException("Slack:BotToken is not set.");

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : DefaultRetryAfter);
        if (wait <= TimeSpan.Zero) wait = DefaultRetryAfter;
        return wait > LongestRetryAfter ? LongestRetryAfter : wait;
    }
}
