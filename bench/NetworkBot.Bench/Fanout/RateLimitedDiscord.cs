using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NetworkBot.Bench.Fanout;

/// <summary>
/// Discord's REST API on 127.0.0.1 with its documented limits: 50 requests per second for the bot (global), and
/// per-route buckets announced in <c>X-RateLimit-*</c> headers (messages: 5 per 5 seconds per channel, the figure
/// Discord's headers commonly give). Past a limit it answers 429 with <c>retry_after</c>, <c>Retry-After</c> and
/// <c>X-RateLimit-Global</c>/<c>-Scope</c>. DM channels come from <c>POST /users/@me/channels</c>; a message whose
/// enforced nonce was seen before returns the first message, as Discord does. Time comes from <c>clock</c>.
/// </summary>
internal sealed class RateLimitedDiscord : IAsyncDisposable
{
    public const int GlobalPerSecond = 50;
    public const int MessagesPerChannel = 5;
    public static readonly TimeSpan MessagesWindow = TimeSpan.FromSeconds(5);
    private const string MessagesBucket = "5f1e6a2b9c";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _latency;
    private readonly TimeSpan _tolerance;
    private readonly Lock _gate = new();
    private readonly WindowLimit _global;
    private readonly Dictionary<string, WindowLimit> _channels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nonces = new(StringComparer.Ordinal);
    private long _ids = 1_300_000_000_000_000_000;

    private RateLimitedDiscord(WebApplication app, TimeProvider clock, TimeSpan latency, TimeSpan tolerance)
    {
        _app = app;
        _clock = clock;
        _latency = latency;
        _tolerance = tolerance;
        _global = new WindowLimit(GlobalPerSecond, TimeSpan.FromSeconds(1), tolerance);
    }

    public FanoutTally Tally { get; } = new();

    public string ApiBaseUrl { get; private set; } = "";

    /// <summary>The least time the limits allow for <paramref name="requests"/> requests, each message to its own channel.</summary>
    public static TimeSpan Minimum(int requests) => new WindowLimit(GlobalPerSecond, TimeSpan.FromSeconds(1), TimeSpan.Zero).Minimum(requests);

    public static async Task<RateLimitedDiscord> StartAsync(TimeProvider clock, TimeSpan latency, TimeSpan tolerance)
    {
        var app = LoopbackServer.Build();
        var discord = new RateLimitedDiscord(app, clock, latency, tolerance);
        app.Map("/api/v10/{**path}", (string path, HttpContext context) => discord.HandleAsync(path, context));
        await app.StartAsync();
        discord.ApiBaseUrl = LoopbackServer.Address(app, "/api/v10/");
        return discord;
    }

    private async Task HandleAsync(string path, HttpContext context)
    {
        Tally.Request();
        // Limits are judged on arrival, as a server would, before reading the body.
        var now = _clock.GetUtcNow();
        var body = context.Request.ContentLength is > 0 || context.Request.ContentType is not null
            ? await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? []
            : [];
        var segments = path.Split('/');
        var post = HttpMethods.IsPost(context.Request.Method);
        Answer answer;
        lock (_gate)
        {
            answer = (post, segments) switch
            {
                (true, ["users", "@me", "channels"]) => OpenDm(body["recipient_id"]?.GetValue<string>() ?? "", now),
                (true, ["channels", var channel, "messages"]) => CreateMessage(channel, body, now),
                _ => Global(now) ?? new Answer(200, new JsonArray(), []),
            };
        }

        if (_latency > TimeSpan.Zero) await Task.Delay(_latency);
        if (answer.Status == StatusCodes.Status429TooManyRequests) Tally.Refused();
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers) context.Response.Headers[name] = value;
        await context.Response.WriteAsync(answer.Body.ToJsonString());
    }

    private Answer OpenDm(string user, DateTimeOffset now)
    {
        if (Global(now) is { } refused) return refused;
        _global.Take(now);
        Tally.DmOpened(user);
        return new Answer(200, new JsonObject { ["id"] = "8" + user, ["type"] = 1 }, []);
    }

    private Answer CreateMessage(string channel, JsonObject body, DateTimeOffset now)
    {
        if (Global(now) is { } refused) return refused;
        if (!_channels.TryGetValue(channel, out var bucket))
        {
            bucket = new WindowLimit(MessagesPerChannel, MessagesWindow, _tolerance);
            _channels[channel] = bucket;
        }

        if (bucket.Refusal(now) is { } wait) return TooMany(wait, global: false, BucketHeaders(bucket, now));
        _global.Take(now);
        bucket.Take(now);
        var nonce = body["enforce_nonce"]?.GetValue<bool>() == true ? body["nonce"]?.GetValue<string>() : null;
        if (nonce is null || _nonces.Add(channel + "/" + nonce)) Tally.Message(channel, now);
        var id = Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        return new Answer(200, new JsonObject { ["id"] = id, ["channel_id"] = channel }, BucketHeaders(bucket, now));
    }

    private Answer? Global(DateTimeOffset now) => _global.Refusal(now) is { } wait ? TooMany(wait, global: true, []) : null;

    private static Answer TooMany(TimeSpan wait, bool global, Dictionary<string, string> headers)
    {
        var seconds = Math.Round(Math.Max(wait.TotalSeconds, 0.001), 3);
        headers["Retry-After"] = Math.Max(1, (int)Math.Ceiling(seconds)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global) headers["X-RateLimit-Global"] = "true";
        var body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = seconds, ["global"] = global };
        return new Answer(StatusCodes.Status429TooManyRequests, body, headers);
    }

    private static Dictionary<string, string> BucketHeaders(WindowLimit bucket, DateTimeOffset now) => new()
    {
        ["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = bucket.Remaining(now).ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = bucket.ResetAfter(now).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
        ["X-RateLimit-Bucket"] = MessagesBucket,
    };

    private sealed record Answer(int Status, JsonNode Body, Dictionary<string, string> Headers);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
