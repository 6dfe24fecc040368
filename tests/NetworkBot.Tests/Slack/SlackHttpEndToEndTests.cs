using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Events;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;
using static NetworkBot.Tests.Slack.Support.TestPayloads;

namespace NetworkBot.Tests.Slack;

/// <summary>The running service behind Slack's three HTTP endpoints, Slack itself played by <see cref="FakeSlackServer"/>.</summary>
public sealed class SlackHttpEndToEndTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Events_SignedSlashCommand_AnswersWithTheList()
    {
        var e = await SeedAsync(TestEvents.Symposium());

        var response = await _host.SlashCommandAsync("/events", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonBodyAsync(response);
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        var blocks = body["blocks"]!.ToJsonString(Relaxed);
        Assert.Contains(e.Title, blocks);
        Assert.Contains($"\"value\":\"/join {e.Id}\"", blocks);
        var lookup = _host.Slack.CallsTo("users.info").Single();
        Assert.Equal("true", lookup.Arguments["include_locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_EnglishLocale_AnswersInEnglish()
    {
        _host.Slack.Users["U2"] = ("en-US", false, "Grace");

        var body = await JsonBodyAsync(await _host.SlashCommandAsync("/help", "", user: "U2"));

        Assert.Contains("What NetworkBot can do", body["blocks"]!.ToJsonString(Relaxed));
        Assert.Contains("/event join 3", body["blocks"]!.ToJsonString(Relaxed));
    }

    [Fact]
    public async Task Commands_BodyOverOneMebibyte_413()
    {
        var body = "text=" + new string('a', SlackHttpGateLimit + 1);

        var response = await _host.Client.SendAsync(SlackHost.Signed("/slack/commands", body, "application/x-www-form-urlencoded", _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/commands", "application/x-www-form-urlencoded", "team_id=T1&text=hello")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7Bbroken")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22something_new%22%2C%22user%22%3A%7B%22id%22%3A%22U1%22%7D%7D")]
    [InlineData("/slack/events", "application/json", "{\"type\":")]
    [InlineData("/slack/events", "application/json", "{\"type\":\"something_new\"}")]
    [InlineData("/slack/events", "application/json", "{\"type\":\"event_callback\",\"event\":{\"type\":\"team_join\"}}")]
    public async Task Endpoints_MalformedOrUnknown_400(string path, string contentType, string body)
    {
        var response = await _host.Client.SendAsync(SlackHost.Signed(path, body, contentType, _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Events_UrlVerification_AnswersTheChallenge()
    {
        var response = await _host.PostJsonAsync("/slack/events", SlackFixtures.Json("slack/url_verification.json"));

        var body = await JsonBodyAsync(response);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interactions_JoinButton_Registers()
    {
        var e = await SeedAsync(TestEvents.Symposium());
        var payload = ButtonPress($"/join {e.Id}", _host.Slack.ResponseUrl("actions/T1/1"));

        var response = await _host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await _host.Slack.WaitForAsync("response_url");
        var registrations = await Repository<IRegistrationRepository>().ListForMemberAsync("slack:T1:U1", CancellationToken.None);
        var registration = Assert.Single(registrations);
        Assert.Equal(e.Id, registration.EventId);
        Assert.Equal(RegistrationStatus.Going, registration.Status);
        Assert.Equal("テスト太郎", registration.Name);
        Assert.Equal("ephemeral", answer.Arguments["response_type"]!.GetValue<string>());
        Assert.False(answer.Arguments["replace_original"]!.GetValue<bool>());
        Assert.Contains(e.Title, answer.Arguments["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interactions_OtherAppsButton_AcknowledgedAndIgnored()
    {
        var response = await _host.PostFormAsync("/slack/interactions", [new("payload", SlackFixtures.Json("slack/block_actions_ephemeral_button.json"))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Slack.Calls);
    }

    [Fact]
    public async Task Commands_EventJoinOnSlack_RunsJoin()
    {
        var e = await SeedAsync(TestEvents.Symposium());

        var body = await JsonBodyAsync(await _host.SlashCommandAsync("/event", $"join {e.Id} party:yes"));

        Assert.Contains("参加登録ありがとうございます", body["text"]!.GetValue<string>());
        var registration = Assert.Single(await Repository<IRegistrationRepository>().ListForMemberAsync("slack:T1:U1", CancellationToken.None));
        Assert.Equal(PartyStatus.Going, registration.Party);
    }

    [Fact]
    public async Task Events_TeamJoin_GreetsByDirectMessage()
    {
        var response = await _host.PostJsonAsync("/slack/events", SlackFixtures.Json("slack/event_team_join.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = await _host.Slack.WaitForAsync("chat.postMessage");
        Assert.Empty(_host.Slack.CallsTo("conversations.open"));
        Assert.Equal("W012A3CDE", post.Arguments["channel"]!.GetValue<string>());
        Assert.Contains("ようこそ", post.Arguments["text"]!.GetValue<string>());
        Assert.Contains("\"value\":\"/introduce\"", post.Arguments["blocks"]!.ToJsonString(Relaxed));
    }

    [Fact]
    public async Task Events_RetriedDelivery_HandledOnce()
    {
        var join = SlackFixtures.Json("slack/event_team_join.json");
        var other = join.Replace("W012A3CDE", "W999", StringComparison.Ordinal).Replace("EvXXXXXXXX", "EvOTHER", StringComparison.Ordinal);

        await _host.PostJsonAsync("/slack/events", join);
        var retry = await _host.PostJsonAsync("/slack/events", join, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        await _host.PostJsonAsync("/slack/events", other);
        await _host.Slack.WaitForAsync("chat.postMessage", c => c.Arguments["channel"]!.GetValue<string>() == "W999");
        await _host.Slack.WaitForAsync("chat.postMessage", c => c.Arguments["channel"]!.GetValue<string>() == "W012A3CDE");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(_host.Slack.CallsTo("chat.postMessage"), c => c.Arguments["channel"]!.GetValue<string>() == "W012A3CDE");
    }

    [Fact]
    public async Task Events_AppHomeOpened_PublishesUpcomingAndMine()
    {
        var mine = await SeedAsync(TestEvents.Symposium());
        var other = await SeedAsync(TestEvents.Symposium() with { Title = "交流会 in 仙台", Kind = EventKind.Meetup });
        await _host.SlashCommandAsync("/event", $"join {mine.Id}");

        await _host.PostJsonAsync("/slack/events", EventCallback("Ev-home", new JsonObject { ["type"] = "app_home_opened", ["user"] = "U1", ["channel"] = "D1", ["tab"] = "home" }));

        var publish = await _host.Slack.WaitForAsync("views.publish");
        Assert.Equal("U1", publish.Arguments["user_id"]!.GetValue<string>());
        Assert.Equal("home", publish.Arguments["view"]!["type"]!.GetValue<string>());
        var blocks = publish.Arguments["view"]!["blocks"]!.ToJsonString(Relaxed);
        Assert.Contains("あなたの参加予定", blocks);
        Assert.Contains($"/leave {mine.Id}", blocks);
        Assert.DoesNotContain($"/leave {other.Id}", blocks);
        Assert.Contains(other.Title, blocks);
    }
    private const int SlackHttpGateLimit = NetworkBot.Slack.Http.SlackHttpGate.MaxBodyBytes;

    private async Task<Event> SeedAsync(Event e) => await Repository<IEventRepository>().AddAsync(e, CancellationToken.None);

    private T Repository<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();
}
