using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Discord;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Rest;
using NetworkBot.Discord.Wire;
using NetworkBot.Messaging;
using NetworkBot.Observability;
using NetworkBot.Storage;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Discord.Rest;

public sealed class DiscordRateLimitTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DiscordTestHost.Now);
    private FakeDiscordServer _discord = null!;

    private readonly TempDataFile _file = new();
    private LiteDbContext? _db;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync(_time);

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _db?.Dispose();
        _file.Dispose();
    }

    [Fact]
    public async Task SendAsync_StormOf429s_DelaysButDeliversEveryMessageOnce()
    {
        var rejected = 0;
        _discord.When(call => call.Method == "POST" && call.Path.EndsWith("/messages", StringComparison.Ordinal) && Interlocked.Increment(ref rejected) <= 12
            ? FakeResponse.FromFixture(rejected % 2 == 0 ? "rest_rate_limit_429" : "rest_rate_limit_429_global")
            : null);
        var sender = Sender(Client());

        var sends = Enumerable.Range(0, 10)
            .Select(i => sender.SendAsync(OutgoingMessage.ToDirect(new MemberRef($"discord:1:{2000 + i}", "m"), BotReply.PrivateText($"reminder {i}")), CancellationToken.None).AsTask())
            .ToList();
        await FakeDiscordServer.EventuallyAsync(() => sends.All(s => s.IsCompleted), () => _time.Advance(TimeSpan.FromSeconds(5)), attempts: 2000);

        var posts = _discord.CallsTo("POST", "channels/");
        var delivered = posts.Skip(12).Select(p => p.Json.RootElement.GetProperty("content").GetString()).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"reminder {i}").Order(), delivered);
        Assert.Equal(22, posts.Count);
        Assert.True(posts[^1].At - posts[0].At >= TimeSpan.FromSeconds(64.57), "the 429s' retry_after was not honoured");
        // Each retry of one message carries the same nonce, so Discord can drop a duplicate.
        Assert.Equal(10, posts.Select(p => p.Json.RootElement.GetProperty("nonce").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Send_BucketExhausted_WaitsForItsResetBeforeTheNextRequest()
    {
        _discord.When(call => call.Method == "POST" ? new FakeResponse(HttpStatusCode.OK, """{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "1",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "10",
            ["X-RateLimit-Bucket"] = "abcd1234",
        }) : null);
        var client = Client();

        await client.CreateMessageAsync("5", new MessagePayload { Content = "one" }, CancellationToken.None);
        var second = client.CreateMessageAsync("5", new MessagePayload { Content = "two" }, CancellationToken.None);
        await Task.Delay(100);
        _time.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(100);
        Assert.Single(_discord.Calls);

        _time.Advance(TimeSpan.FromSeconds(1.5));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _discord.Calls.Count);
    }

    [Fact]
    public async Task Send_RateLimited_WaitsRecordedWithRouteTemplateAndSeconds()
    {
        var rejected = 0;
        _discord.When(call => call.Method == "POST" && Interlocked.Increment(ref rejected) == 1 ? FakeResponse.FromFixture("rest_rate_limit_429") : null);
        var meters = MetricsRecorder.NewMeterFactory();
        using var metrics = new MetricsRecorder(meters);
        var client = Client(metrics: new BotMetrics(meters));

        var send = client.CreateMessageAsync("5", new MessagePayload { Content = "hello" }, CancellationToken.None);
        await FakeDiscordServer.EventuallyAsync(() => send.IsCompleted, () => _time.Advance(TimeSpan.FromSeconds(1)), attempts: 2000);

        await send;
        var wait = Assert.Single(metrics.Of("networkbot.rate_limit.wait.duration", ("platform", "discord"), ("route", "POST channels {id} messages")));
        Assert.Equal(64.57, wait.Value, precision: 2); // the 429's retry_after
        Assert.Equal(2, _discord.Calls.Count);
    }

    [Fact]
    public async Task Send_MoreThan50PerSecond_HoldsTheRestForTheNextSecond()
    {
        _discord.When(call => new FakeResponse(HttpStatusCode.OK, """{"id":"7"}""", new Dictionary<string, string>()));
        var client = Client();

        var calls = Enumerable.Range(0, 60).Select(i => client.CreateDmChannelAsync($"{3000 + i}", CancellationToken.None)).ToList();
        await FakeDiscordServer.EventuallyAsync(() => calls.Count(c => c.IsCompleted) == 50);
        await Task.Delay(100);
        Assert.Equal(50, _discord.Calls.Count);

        _time.Advance(DiscordRateLimiter.GlobalWindow);
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(60, _discord.Calls.Count);
    }

    [Fact]
    public async Task GlobalTurns_AnswerSlowerThanTheQuickest_HoldsItsTurnForTheTimeItMayHaveSpentOnTheWay()
    {
        var limiter = new DiscordRateLimiter(_time);
        var route = DiscordRoute.For(HttpMethod.Post, new Uri("http://x/api/v10/users/@me/channels"), new Uri("http://x/api/v10/"));
        var sentAt = _time.GetUtcNow();
        var turns = new List<DiscordRateLimiter.GlobalTurn?>();
        for (var i = 0; i < DiscordRateLimiter.GlobalPerSecond; i++) turns.Add((await limiter.WaitTurnAsync(route, true, default)).Turn);

        // One answer after 100 ms (the quickest round trip), the other 49 after 400 ms: those may have reached Discord
        // up to 300 ms after they left.
        _time.Advance(TimeSpan.FromMilliseconds(100));
        limiter.Finish(turns[0]);
        _time.Advance(TimeSpan.FromMilliseconds(300));
        foreach (var turn in turns.Skip(1)) limiter.Finish(turn);

        // Two more: one may take the quick request's turn a second after it left; the other must wait for a slow one's.
        Task<(DiscordRateLimiter.GlobalTurn? Turn, TimeSpan Waited)>[] next =
            [limiter.WaitTurnAsync(route, true, default), limiter.WaitTurnAsync(route, true, default)];
        _time.Advance(sentAt + DiscordRateLimiter.GlobalWindow - _time.GetUtcNow());
        var first = await Task.WhenAny(next).WaitAsync(TimeSpan.FromSeconds(10));
        var second = next.Single(t => t != first);
        await Task.Yield();
        Assert.False(second.IsCompleted, "a request went within a second of when a slow one may have arrived");

        _time.Advance(TimeSpan.FromMilliseconds(300));
        var (_, waited) = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(DiscordRateLimiter.GlobalWindow - TimeSpan.FromMilliseconds(100), waited);
    }

    [Fact]
    public async Task Send_ServerErrors_RetriedWithBackoffThenSucceeds()
    {
        var failures = 0;
        _discord.When(_ => Interlocked.Increment(ref failures) <= 2 ? new FakeResponse(HttpStatusCode.BadGateway, null, new Dictionary<string, string>()) : null);
        var client = Client();

        var send = client.CreateMessageAsync("5", new MessagePayload { Content = "hello" }, CancellationToken.None);
        await FakeDiscordServer.EventuallyAsync(() => send.IsCompleted, () => _time.Advance(TimeSpan.FromSeconds(1)));

        Assert.False(string.IsNullOrEmpty(await send));
        Assert.Equal(3, _discord.Calls.Count);
    }

    [Fact]
    public async Task Send_InvalidRequestsReachTheGuard_StopsBeforeDiscordWouldBan()
    {
        _discord.When(_ => new FakeResponse(HttpStatusCode.Forbidden, """{"message":"Missing Access","code":50001}""", new Dictionary<string, string>()));
        var client = Client(invalidRequestBudget: 3);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("5", new MessagePayload { Content = "x" }, CancellationToken.None));
        }

        await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => client.CreateMessageAsync("5", new MessagePayload { Content = "x" }, CancellationToken.None));
        Assert.Equal(3, _discord.Calls.Count);

        _time.Advance(DiscordRateLimiter.InvalidRequestWindow + TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("5", new MessagePayload { Content = "x" }, CancellationToken.None));
        Assert.Equal(4, _discord.Calls.Count);
    }

    [Fact]
    public async Task Send_TokenRefused_NoFurtherBotRequestsButInteractionRepliesStillGo()
    {
        _discord.When(call => call.Authorization.StartsWith("Bot ", StringComparison.Ordinal)
            ? new FakeResponse(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""", new Dictionary<string, string>())
            : null);
        var client = Client();

        await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("5", new MessagePayload { Content = "x" }, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => client.CreateDmChannelAsync("9", CancellationToken.None));
        await client.CreateInteractionResponseAsync("1", "token", InteractionResponse.Pong, CancellationToken.None);

        Assert.Equal(2, _discord.Calls.Count);
    }

    [Fact]
    public async Task Observe_SharedScope429_NotCountedAsInvalid()
    {
        var limiter = new DiscordRateLimiter(_time);
        var route = DiscordRoute.For(HttpMethod.Post, new Uri("http://x/api/v10/channels/5/messages"), new Uri("http://x/api/v10/"));
        using var shared = Response("rest_rate_limit_429_shared");
        using var user = Response("rest_rate_limit_429");

        limiter.Observe(route, shared, usesBotToken: true);
        Assert.Equal(0, limiter.InvalidRequestCount);
        limiter.Observe(route, user, usesBotToken: true);
        Assert.Equal(1, limiter.InvalidRequestCount);
    }

    [Fact]
    public void Route_TokensAndIds_HiddenInTemplateButMajorParametersKeptInBucket()
    {
        var baseUri = new Uri("http://x/api/v10/");

        var webhook = DiscordRoute.For(HttpMethod.Patch, new Uri(baseUri, "webhooks/123/SECRET/messages/@original"), baseUri);
        var channelA = DiscordRoute.For(HttpMethod.Post, new Uri(baseUri, "channels/1/messages"), baseUri);
        var channelB = DiscordRoute.For(HttpMethod.Post, new Uri(baseUri, "channels/2/messages"), baseUri);

        Assert.DoesNotContain("SECRET", webhook.Template);
        Assert.False(webhook.UsesGlobalLimit);
        Assert.Equal(channelA.Template, channelB.Template);
        Assert.NotEqual(channelA.BucketKey, channelB.BucketKey);
        Assert.True(channelA.UsesGlobalLimit);
    }

    private static HttpResponseMessage Response(string fixture)
    {
        var fake = FakeResponse.FromFixture(fixture);
        var response = new HttpResponseMessage(fake.Status);
        foreach (var (name, value) in fake.Headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    private DiscordRestClient Client(int invalidRequestBudget = DiscordRateLimiter.DefaultInvalidRequestBudget, BotMetrics? metrics = null)
    {
        var options = new DiscordOptions { ApplicationId = "42", BotToken = "token", PublicKey = new string('0', 64), ApiBaseUrl = _discord.ApiBaseUrl };
        var handler = new DiscordRateLimitHandler(new DiscordRateLimiter(_time, invalidRequestBudget), options.ApiBaseUri, metrics ?? MetricsRecorder.StandaloneMetrics(), NullLogger<DiscordRateLimitHandler>.Instance)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        return new DiscordRestClient(new HttpClient(handler) { BaseAddress = options.ApiBaseUri }, options);
    }

    private DiscordChatSender Sender(DiscordRestClient client) =>
        new(client, new DiscordMessageRenderer(null!), new DirectChannelStore(_db ??= new LiteDbContext(_file.Path), _time), BotSettings.Default, NullLogger<DiscordChatSender>.Instance);
}
