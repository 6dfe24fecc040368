using System.Globalization;
using System.Net;
using NetworkBot.Core.Platform;
using NetworkBot.Discord.Wire;
using NetworkBot.Observability;

namespace NetworkBot.Discord.Rest;

/// <summary>
/// Sits under <see cref="DiscordRestClient"/>'s HttpClient and applies <see cref="DiscordRateLimiter"/> to every request:
/// waits for its turn, honours 429s and retries them, and retries server errors and dropped connections with growing
/// pauses. Requests are safe to repeat: messages carry a nonce that Discord enforces.
/// </summary>
internal sealed partial class DiscordRateLimitHandler(
    DiscordRateLimiter limiter, Uri baseUri, BotMetrics metrics, ILogger<DiscordRateLimitHandler> logger) : DelegatingHandler
{
    public const int MaxRateLimitedAttempts = 20;
    public const int MaxServerErrorRetries = 4;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = DiscordRoute.For(request.Method, request.RequestUri!, baseUri);
        var usesBotToken = request.Headers.Authorization is not null;
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);
        var rateLimited = 0;
        var serverErrors = 0;
        while (true)
        {
            var (turn, waited) = await limiter.WaitTurnAsync(route, usesBotToken, cancellationToken);
            metrics.RateLimitWaited(ChatPlatform.Discord, route.Template, waited);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception) when (serverErrors < MaxServerErrorRetries)
            {
                LogConnectionRetry(route.Template, exception.HttpRequestError.ToString());
                await Task.Delay(Backoff(serverErrors++), limiter.Time, cancellationToken);
                continue;
            }
            finally
            {
                limiter.Finish(turn);
            }

            limiter.Observe(route, response, usesBotToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && ++rateLimited < MaxRateLimitedAttempts)
            {
                var (retryAfter, global) = await RetryAfterAsync(response, cancellationToken);
                LogRateLimited(route.Template, retryAfter.TotalSeconds, global);
                limiter.Pause(route, retryAfter, global);
                response.Dispose();
                continue;
            }

            if ((int)response.StatusCode >= 500 && serverErrors < MaxServerErrorRetries)
            {
                LogServerErrorRetry(route.Template, (int)response.StatusCode);
                response.Dispose();
                await Task.Delay(Backoff(serverErrors++), limiter.Time, cancellationToken);
                continue;
            }

            return response;
        }
    }

    /// <summary>1 s, 2 s, 4 s, 8 s, each with up to a quarter more at random so that many clients do not retry together.</summary>
    private static TimeSpan Backoff(int attempt) =>
        FirstBackoff * Math.Pow(2, attempt) * (1 + Random.Shared.NextDouble() / 4);

    private static async Task<(TimeSpan RetryAfter, bool Global)> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var globalValues)
            && globalValues.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length > 0 && DiscordJson.Deserialize<RateLimitBody>(body) is { } parsed)
            {
                seconds = parsed.RetryAfter;
                global |= parsed.Global == true;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not Discord's JSON (a proxy's page, say): the header decides.
        }

        if (seconds is null && response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
        {
            seconds = header;
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600)), global);
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: waiting {RetryAfterSeconds:0.###} s (global: {Global})")]
    private partial void LogRateLimited(string route, double retryAfterSeconds, bool global);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route}; trying again shortly")]
    private partial void LogServerErrorRetry(string route, int status);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Could not reach Discord for {Route} ({Reason}); trying again shortly")]
    private partial void LogConnectionRetry(string route, string reason);
}
