using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkBot.Observability;
using NetworkBot.Slack;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Rest;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Slack.Rest;

public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private const string Token = "xoxb-secret-bot-token";
    private static readonly SlackMessage Message = new(new JsonArray(new JsonObject { ["type"] = "divider" }), "text");

    private readonly ObservableTimeProvider _time = new(TestEvents.Now);
    private readonly ListLogger _log = new();
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _slack.Clock = _time.GetUtcNow;
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task PostMessage_Ok_SendsBearerTokenAndJsonAndReturnsTs()
    {
        var ts = await CreateSut().PostMessageAsync("C1", Message, CancellationToken.None);

        var call = _slack.CallsTo("chat.postMessage").Single();
        Assert.Equal("1700000000.000100", ts);
        Assert.Equal($"Bearer {Token}", call.Authorization);
        Assert.StartsWith("application/json", call.ContentType);
        Assert.Equal("C1", call.Arguments["channel"]!.GetValue<string>());
        Assert.Equal("divider", call.Arguments["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.False(call.Arguments["unfurl_links"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("web_api_chat_postEphemeral_error_user_not_in_channel.json", "user_not_in_channel")]
    [InlineData("web_api_error_invalid_auth.json", "invalid_auth")]
    public async Task Call_OkFalse_ThrowsWithSlacksErrorCode(string fixture, string error)
    {
        _slack.Script("chat.postEphemeral", 200, SlackFixtures.Json("slack/" + fixture));

        var exception = await Assert.ThrowsAsync<SlackApiException>(() => CreateSut().PostEphemeralAsync("C1", "U1", Message, CancellationToken.None));

        Assert.Equal(error, exception.Error);
        Assert.Equal("chat.postEphemeral", exception.Method);
    }

    [Fact]
    public async Task Call_ServerError_ThrowsHttpStatus()
    {
        _slack.Script("views.open", 503, "busy");

        var exception = await Assert.ThrowsAsync<SlackApiException>(() => CreateSut().OpenViewAsync("trigger", new JsonObject(), CancellationToken.None));

        Assert.Equal("http_503", exception.Error);
    }

    [Fact]
    public async Task Call_RateLimited_WaitsRetryAfterThenSucceeds()
    {
        _slack.Script("chat.update", 429, SlackFixtures.Json("slack/web_api_error_ratelimited.json"), new Dictionary<string, string> { ["Retry-After"] = "7" });

        var call = CreateSut().UpdateMessageAsync("C1", "1.1", Message, CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        Assert.False(call.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(7));
        await call;

        var calls = _slack.CallsTo("chat.update").ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(7), calls[1].At - calls[0].At);
    }

    [Fact]
    public async Task RateLimitWaits_RetryAfterAndChannelPacing_RecordedWithMethodAndSeconds()
    {
        var meters = MetricsRecorder.NewMeterFactory();
        using var metrics = new MetricsRecorder(meters);
        var sut = CreateSut(new BotMetrics(meters));
        _slack.Script("chat.update", 429, SlackFixtures.Json("slack/web_api_error_ratelimited.json"), new Dictionary<string, string> { ["Retry-After"] = "7" });

        var update = sut.UpdateMessageAsync("C1", "1.1", Message, CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        _time.Advance(TimeSpan.FromSeconds(7));
        await update;
        await sut.PostMessageAsync("C1", Message, CancellationToken.None);
        var paced = sut.PostMessageAsync("C1", Message, CancellationToken.None);
        await _time.WaitForTimerAsync(SlackMessagePacer.Interval);
        _time.Advance(SlackMessagePacer.Interval);
        await paced;

        Assert.Equal(7, Assert.Single(metrics.Of("networkbot.rate_limit.wait.duration", ("platform", "slack"), ("route", "chat.update"))).Value);
        Assert.Equal(1, Assert.Single(metrics.Of("networkbot.rate_limit.wait.duration", ("platform", "slack"), ("route", "chat.postMessage"))).Value);
    }

    [Fact]
    public async Task Call_RateLimitedEveryTime_GivesUpWithRatelimited()
    {
        for (var i = 0; i < SlackWebApiClient.MaxAttempts; i++) _slack.Script("views.publish", 429, "{\"ok\":false,\"error\":\"ratelimited\"}", new Dictionary<string, string> { ["Retry-After"] = "1" });

        var call = CreateSut().PublishViewAsync("U1", new JsonObject(), CancellationToken.None);
        for (var i = 1; i < SlackWebApiClient.MaxAttempts; i++)
        {
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1), i);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var exception = await Assert.ThrowsAsync<SlackApiException>(() => call);
        Assert.Equal("ratelimited", exception.Error);
        Assert.Equal(SlackWebApiClient.MaxAttempts, _slack.CallsTo("views.publish").Count());
    }

    [Fact]
    public async Task PostMessage_SameChannel_PacedOnePerSecond()
    {
        var sut = CreateSut();

        await sut.PostMessageAsync("C1", Message, CancellationToken.None);
        var second = sut.PostMessageAsync("C1", Message, CancellationToken.None);
        await sut.PostMessageAsync("C2", Message, CancellationToken.None);
        await _time.WaitForTimerAsync(SlackMessagePacer.Interval);
        Assert.False(second.IsCompleted);
        _time.Advance(SlackMessagePacer.Interval);
        await second;

        var calls = _slack.CallsTo("chat.postMessage").ToList();
        Assert.Equal(["C1", "C2", "C1"], calls.Select(c => c.Arguments["channel"]!.GetValue<string>()));
        Assert.Equal(TestEvents.Now, calls[1].At);
        Assert.Equal(TestEvents.Now + SlackMessagePacer.Interval, calls[2].At);
    }

    [Fact]
    public async Task GetUser_AsksWithLocaleAsForm()
    {
        _slack.Users["U9"] = ("en-US", true, "Grace");

        var user = await CreateSut().GetUserAsync("U9", CancellationToken.None);

        var call = _slack.CallsTo("users.info").Single();
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal("true", call.Arguments["include_locale"]!.GetValue<string>());
        Assert.Equal("en-US", user.Locale);
        Assert.True(user.IsAdmin);
    }

    [Fact]
    public async Task OpenSocketConnection_UsesTheAppToken()
    {
        var url = await CreateSut().OpenSocketConnectionAsync(CancellationToken.None);

        Assert.Equal("ws", url.Scheme);
        Assert.Equal("Bearer xapp-1-app", _slack.CallsTo("apps.connections.open").Single().Authorization);
    }

    [Fact]
    public async Task Calls_FailingOrNot_NeverLogTheToken()
    {
        _slack.Script("chat.postMessage", 200, "{\"ok\":false,\"error\":\"channel_not_found\"}");
        _slack.Script("conversations.open", 429, "{}", new Dictionary<string, string> { ["Retry-After"] = "1" });
        var sut = CreateSut();

        await Assert.ThrowsAsync<SlackApiException>(() => sut.PostMessageAsync("C404", Message, CancellationToken.None));
        var open = sut.OpenConversationAsync("U1", CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        await open;

        Assert.NotEmpty(_log.Messages);
        Assert.Contains(_log.Messages, m => m.Contains("channel_not_found", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Messages, m => m.Contains("xoxb", StringComparison.Ordinal) || m.Contains("xapp", StringComparison.Ordinal));
    }

    private SlackWebApiClient CreateSut(BotMetrics? metrics = null) => new(
        new SimpleHttpClientFactory(),
        Options.Create(new SlackOptions { BotToken = Token, AppToken = "xapp-1-app", SigningSecret = "s", ApiBaseUrl = _slack.ApiBaseUrl }),
        new SlackMessagePacer(_time),
        metrics ?? MetricsRecorder.StandaloneMetrics(),
        _time,
        _log.For<SlackWebApiClient>());

    private sealed class SimpleHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}

/// <summary>Collects formatted log messages so tests can check what is (not) written.</summary>
internal sealed class ListLogger
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages) return _messages.ToList();
        }
    }

    public ILogger<T> For<T>() => new Logger<T>(this);

    private sealed class Logger<T>(ListLogger owner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._messages) owner._messages.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
