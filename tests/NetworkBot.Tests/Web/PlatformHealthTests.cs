using System.Net;
using System.Text.Json;
using NetworkBot.Slack.SocketMode;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Slack.Support;

namespace NetworkBot.Tests.Web;

/// <summary>
/// <c>/health</c> follows the platform connections as the fake Slack and Discord servers open, drop and restore them:
/// a connection that is not up makes the service "degraded" but never 503, because a restart would not mend it.
/// </summary>
public sealed class PlatformHealthTests
{
    private static readonly Dictionary<string, string?> GatewayOn = new() { ["Discord:UseGateway"] = "true" };

    [Fact]
    public async Task SocketMode_ConnectsDropsAndReconnects_HealthFollowsEachState()
    {
        await using var host = await SlackHost.StartAsync(http: false, socketMode: true);
        var first = await host.Slack.AcceptSocketAsync();

        var (connectingStatus, connecting) = await HealthProbe.ReadAsync(host.Client);
        Assert.Equal(HttpStatusCode.OK, connectingStatus);
        Assert.Equal("connecting", connecting.State("slack", "socketMode"));
        Assert.Equal("degraded", connecting.GetProperty("status").GetString());
        Assert.Equal("off", connecting.GetProperty("slack").GetProperty("http").GetString());
        Assert.Equal("off", connecting.State("discord", "gateway"));

        await first.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));
        var (_, connected) = await HealthProbe.WaitForAsync(host.Client, h => h.State("slack", "socketMode") == "connected");
        Assert.Equal("ok", connected.GetProperty("status").GetString());

        first.Drop();
        var (droppedStatus, dropped) = await HealthProbe.WaitForAsync(host.Client, h => h.State("slack", "socketMode") == "reconnecting");
        Assert.Equal(HttpStatusCode.OK, droppedStatus);
        Assert.Equal("degraded", dropped.GetProperty("status").GetString());
        Assert.Equal("connection dropped", dropped.GetProperty("slack").GetProperty("socketMode").GetProperty("reason").GetString());
        Assert.Equal(host.Time.GetUtcNow(), dropped.GetProperty("slack").GetProperty("socketMode").GetProperty("since").GetDateTimeOffset());

        await host.Time.WaitForTimerAsync(SlackSocketModeService.Pause(1));
        host.Time.Advance(SlackSocketModeService.Pause(1));
        var second = await host.Slack.AcceptSocketAsync();
        await second.SendAsync(SlackFixtures.Json("slack/socket_mode_hello.json"));
        var (backStatus, back) = await HealthProbe.WaitForAsync(host.Client, h => h.State("slack", "socketMode") == "connected");
        Assert.Equal(HttpStatusCode.OK, backStatus);
        Assert.Equal("ok", back.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SlackOverHttp_ReportedAsConfiguredWithoutASocket()
    {
        await using var host = await SlackHost.StartAsync(http: true, socketMode: false);

        var (status, body) = await HealthProbe.ReadAsync(host.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("configured", body.GetProperty("slack").GetProperty("http").GetString());
        Assert.Equal("off", body.State("slack", "socketMode"));
    }

    [Fact]
    public async Task Gateway_ReadyDroppedAndResumed_HealthFollowsEachState()
    {
        var drop = new TaskCompletionSource();
        var resumed = new TaskCompletionSource();
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            if (c.Number == 1)
            {
                await c.ExpectAsync(2);
                await c.SendAsync(discord.ReadyFrame());
                await drop.Task;
                await c.CloseWithAsync(4000);
                return;
            }

            await c.ExpectAsync(6);
            await resumed.Task;
            await c.SendAsync("""{"t":"RESUMED","s":2,"op":0,"d":{}}""");
            await c.AcknowledgeHeartbeatsAsync();
        });

        var (readyStatus, ready) = await HealthProbe.WaitForAsync(host.Client, h => h.State("discord", "gateway") == "connected");
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("ok", ready.GetProperty("status").GetString());
        Assert.Equal("configured", ready.GetProperty("discord").GetProperty("interactions").GetString());

        drop.SetResult();
        var (droppedStatus, dropped) = await HealthProbe.WaitForAsync(host.Client, h => h.State("discord", "gateway") == "reconnecting");
        Assert.Equal(HttpStatusCode.OK, droppedStatus);
        Assert.Equal("degraded", dropped.GetProperty("status").GetString());
        Assert.Equal("closed by Discord (4000)", dropped.GetProperty("discord").GetProperty("gateway").GetProperty("reason").GetString());

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Any(f => f.Op == 6), () => host.Time.Advance(TimeSpan.FromSeconds(1)));
        var (_, resuming) = await HealthProbe.WaitForAsync(host.Client, h => h.State("discord", "gateway") == "resuming");
        Assert.Equal("degraded", resuming.GetProperty("status").GetString());

        resumed.SetResult();
        var (_, back) = await HealthProbe.WaitForAsync(host.Client, h => h.State("discord", "gateway") == "connected");
        Assert.Equal("ok", back.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Gateway_TokenRefused_StoppedWithTheReasonButStill200()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            await c.ExpectAsync(2);
            await c.CloseWithAsync(4004);
        });

        var (status, body) = await HealthProbe.WaitForAsync(host.Client, h => h.State("discord", "gateway") == "stopped");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Contains("4004", body.GetProperty("discord").GetProperty("gateway").GetProperty("reason").GetString());
        Assert.DoesNotContain(DiscordTestHost.BotToken, body.GetRawText());
    }
}
