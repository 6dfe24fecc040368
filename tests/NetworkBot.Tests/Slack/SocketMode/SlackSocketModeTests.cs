using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Events;
using NetworkBot.Slack.SocketMode;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Slack.SocketMode;

/// <summary>Socket Mode end to end: the service connects to a fake Slack WebSocket and acknowledges what it sends.</summary>
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync(http: false, socketMode: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SlashCommandEnvelope_AfterHello_AcknowledgedWithTheReply()
    {
        var e = await _host.Services.GetRequiredService<IEventRepository>().AddAsync(TestEvents.Symposium(), CancellationToken.None);
        var socket = await _host.Slack.AcceptSocketAsync();
        await socket.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));

        await socket.SendAsync(SlashCommandEnvelope("env-1", "/events", ""));
        var ack = await socket.ReceiveAsync();

        Assert.Equal("env-1", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.GetValue<string>());
        Assert.Contains(e.Title, ack["payload"]!["blocks"]!.ToJsonString(Relaxed));
        Assert.Equal($"Bearer {SlackHost.AppToken}", _host.Slack.CallsTo("apps.connections.open").Single().Authorization);
    }

    [Fact]
    public async Task FixtureEnvelopes_EveryKind_Acknowledged()
    {
        var socket = await _host.Slack.AcceptSocketAsync();
        await socket.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));

        foreach (var file in SlackFixtures.SlackFiles("socket_mode_envelope_*.json"))
        {
            var envelope = JsonNode.Parse(SlackFixtures.Json(file))!;
            await socket.SendAsync(SlackFixtures.Json(file));
            var ack = await socket.ReceiveAsync();
            Assert.Equal(envelope["envelope_id"]!.GetValue<string>(), ack["envelope_id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task FormSubmissionEnvelope_AcknowledgedWithTheModalAnswer()
    {
        _host.Slack.Users["U1"] = ("ja-JP", true, "運営 花子");
        var socket = await _host.Slack.AcceptSocketAsync();
        await socket.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));
        var submission = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T1" },
            ["user"] = new JsonObject { ["id"] = "U1", ["team_id"] = "T1" },
            ["view"] = new JsonObject
            {
                ["id"] = "V1", ["type"] = "modal", ["callback_id"] = "nb-form:event-create", ["private_metadata"] = "{\"c\":\"/event create\",\"ch\":\"C1\"}",
                ["state"] = new JsonObject { ["values"] = new JsonObject { ["title"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "勉強会" } } } },
            },
        };

        await socket.SendAsync(new JsonObject { ["envelope_id"] = "env-form", ["type"] = "interactive", ["payload"] = submission, ["accepts_response_payload"] = true }.ToJsonString());
        var ack = await socket.ReceiveAsync();

        Assert.Equal("env-form", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("push", ack["payload"]!["response_action"]!.GetValue<string>());
    }

    [Fact]
    public async Task DisconnectMessage_ReconnectsWithAFreshUrl()
    {
        var first = await _host.Slack.AcceptSocketAsync();
        await first.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));

        await first.SendAsync("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"applink-1\"}}");
        var second = await _host.Slack.AcceptSocketAsync();
        await second.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));
        await second.SendAsync(SlashCommandEnvelope("env-2", "/help", ""));
        var ack = await second.ReceiveAsync();

        Assert.Equal(2, _host.Slack.CallsTo("apps.connections.open").Count());
        Assert.Equal("env-2", ack["envelope_id"]!.GetValue<string>());
        await first.Ended;
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsAfterAPause()
    {
        var first = await _host.Slack.AcceptSocketAsync();
        await first.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));

        first.Drop();
        await _host.Time.WaitForTimerAsync(SlackSocketModeService.Pause(1));
        Assert.Single(_host.Slack.CallsTo("apps.connections.open"));
        _host.Time.Advance(SlackSocketModeService.Pause(1));
        var second = await _host.Slack.AcceptSocketAsync();
        await second.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));
        await second.SendAsync(SlashCommandEnvelope("env-3", "/help", ""));

        Assert.Equal("env-3", (await second.ReceiveAsync())["envelope_id"]!.GetValue<string>());
        Assert.Equal(2, _host.Slack.CallsTo("apps.connections.open").Count());
    }

    [Fact]
    public async Task HttpEndpoints_WithoutSigningSecret_NotServed()
    {
        var response = await _host.SlashCommandAsync("/events", "");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 30)]
    [InlineData(50, 30)]
    public void Pause_GrowsAndStopsAtThirtySeconds(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), SlackSocketModeService.Pause(failures));
    }

    private static string SlashCommandEnvelope(string id, string command, string text) => new JsonObject
    {
        ["envelope_id"] = id,
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
        ["payload"] = new JsonObject
        {
            ["token"] = "legacy", ["team_id"] = "T1", ["team_domain"] = "nw", ["channel_id"] = "C1", ["channel_name"] = "general", ["user_id"] = "U1",
            ["user_name"] = "member", ["command"] = command, ["text"] = text, ["api_app_id"] = "A1",
            ["response_url"] = "https://hooks.slack.com/commands/T1/1/x", ["trigger_id"] = "1.2.3",
        },
    }.ToJsonString();
}
