using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NetworkBot.Bench.Fanout;

/// <summary>
/// A Slack Web API on 127.0.0.1 that enforces the documented limits and answers 429 with <c>Retry-After</c> past them:
/// <c>chat.postMessage</c> one per second per channel and "several hundred per minute" workspace-wide (read as 300 a
/// minute, no more than 5 in any second); <c>conversations.open</c> Tier 3 (50 a minute). Posting to a user id opens
/// (or finds) the DM and answers with its channel id, as Slack does; both ways of getting a DM count as a DM open. Time comes from <c>clock</c>.
/// </summary>
internal sealed class RateLimitedSlack : IAsyncDisposable
{
    public const int WorkspacePerSecond = 5;
    public const int ConversationsOpenPerMinute = 50;

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _latency;
    private readonly TimeSpan _tolerance;
    private readonly Lock _gate = new();
    private readonly WindowLimit _workspace;
    private readonly WindowLimit _conversationsOpen;
    private readonly Dictionary<string, WindowLimit> _channels = new(StringComparer.Ordinal);
    private int _ts;

    private RateLimitedSlack(WebApplication app, TimeProvider clock, TimeSpan latency, TimeSpan tolerance)
    {
        _app = app;
        _clock = clock;
        _latency = latency;
        _tolerance = tolerance;
        _workspace = new WindowLimit(WorkspacePerSecond, TimeSpan.FromSeconds(1), tolerance);
        _conversationsOpen = new WindowLimit(ConversationsOpenPerMinute, TimeSpan.FromMinutes(1), tolerance);
    }

    public FanoutTally Tally { get; } = new();

    public string ApiBaseUrl { get; private set; } = "";

    /// <summary>The least time the limits allow for <paramref name="posts"/> messages, each to its own channel.</summary>
    public static TimeSpan Minimum(int posts) => new WindowLimit(WorkspacePerSecond, TimeSpan.FromSeconds(1), TimeSpan.Zero).Minimum(posts);

    public static async Task<RateLimitedSlack> StartAsync(TimeProvider clock, TimeSpan latency, TimeSpan tolerance)
    {
        var app = LoopbackServer.Build();
        var slack = new RateLimitedSlack(app, clock, latency, tolerance);
        app.MapPost("/api/{method}", (string method, HttpContext context) => slack.HandleAsync(method, context));
        await app.StartAsync();
        slack.ApiBaseUrl = LoopbackServer.Address(app, "/api/");
        return slack;
    }

    private async Task HandleAsync(string method, HttpContext context)
    {
        Tally.Request();
        // Limits are judged on arrival, as a server would, before reading the body.
        var now = _clock.GetUtcNow();
        var arguments = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        var (refusal, answer) = method switch
        {
            "chat.postMessage" => PostMessage(arguments["channel"]?.GetValue<string>() ?? "", now),
            "conversations.open" => OpenConversation(arguments["users"]?.GetValue<string>() ?? "", now),
            _ => (null, new JsonObject { ["ok"] = true }),
        };
        if (_latency > TimeSpan.Zero) await Task.Delay(_latency);
        if (refusal is { } wait)
        {
            Tally.Refused();
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            // Slack names whole seconds.
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" });
            return;
        }

        await context.Response.WriteAsJsonAsync(answer);
    }

    private (TimeSpan?, JsonObject) PostMessage(string channel, DateTimeOffset now)
    {
        lock (_gate)
        {
            var toUser = channel.StartsWith('U') || channel.StartsWith('W');
            var conversation = toUser ? "D" + channel : channel;
            if (!_channels.TryGetValue(conversation, out var perChannel))
            {
                perChannel = new WindowLimit(1, TimeSpan.FromSeconds(1), _tolerance);
                _channels[conversation] = perChannel;
            }

            if (Later(_workspace.Refusal(now), perChannel.Refusal(now)) is { } wait) return (wait, []);
            _workspace.Take(now);
            perChannel.Take(now);
            // Naming the user instead of the DM channel means the bot did not know the channel: count it as an open.
            if (toUser) Tally.DmOpened(channel);
            Tally.Message(conversation, now);
            var ts = Interlocked.Increment(ref _ts);
            return (null, new JsonObject { ["ok"] = true, ["channel"] = conversation, ["ts"] = $"1700000000.{ts:000000}" });
        }
    }

    private (TimeSpan?, JsonObject) OpenConversation(string user, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_conversationsOpen.Refusal(now) is { } wait) return (wait, []);
            _conversationsOpen.Take(now);
            Tally.DmOpened(user);
            return (null, new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + user } });
        }
    }

    private static TimeSpan? Later(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
