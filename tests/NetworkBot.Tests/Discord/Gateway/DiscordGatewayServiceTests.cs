using System.Net;
using System.Text.Json;
using NetworkBot.Tests.Discord.Support;

namespace NetworkBot.Tests.Discord.Gateway;

public sealed class DiscordGatewayServiceTests
{
    private static readonly Dictionary<string, string?> GatewayOn = new() { ["Discord:UseGateway"] = "true" };

    [Fact]
    public async Task Connect_Hello_IdentifiesWithGuildsAndMembersIntents()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn);

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Any(f => f.Op == 2));

        var identify = host.Discord.GatewayFrames.First(f => f.Op == 2).Frame.GetProperty("d");
        Assert.Equal(DiscordTestHost.BotToken, identify.GetProperty("token").GetString());
        Assert.Equal(3, identify.GetProperty("intents").GetInt32());
        Assert.Contains("v=10", host.Discord.GatewayFrames.First().Path);
        Assert.Single(host.Discord.CallsTo("GET", "gateway/bot"));
    }

    [Fact]
    public async Task GuildMemberAdd_Dispatched_GreetsTheNewcomerByDirectMessage()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            await c.ExpectAsync(2);
            await c.SendAsync(discord.ReadyFrame());
            await c.SendFixtureAsync("gateway_guild_member_add.json");
            await c.AcknowledgeHeartbeatsAsync();
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.CallsTo("POST", "channels/").Count == 1);

        var dm = host.Discord.CallsTo("POST", "users/@me/channels").Single();
        Assert.Equal("1666666666666666666", dm.Json.RootElement.GetProperty("recipient_id").GetString());
        var message = host.Discord.CallsTo("POST", "channels/").Single().Json.RootElement;
        Assert.StartsWith("新人 太郎さん、はじめまして！", message.GetProperty("content").GetString());
        Assert.Empty(message.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.True(message.GetProperty("enforce_nonce").GetBoolean());
        Assert.False(string.IsNullOrEmpty(message.GetProperty("nonce").GetString()));
        var button = message.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("cmd:/introduce", button.GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task GuildMemberAdd_DirectMessagesClosed_GreetsInTheWelcomeChannel()
    {
        var settings = new Dictionary<string, string?>(GatewayOn) { ["Discord:WelcomeChannelId"] = "1777777777777777777" };
        await using var host = await DiscordTestHost.StartAsync(settings, prepare: discord =>
        {
            discord.When(call => call.Method == "POST" && call.Path.StartsWith("channels/", StringComparison.Ordinal) && !call.Path.StartsWith("channels/1777777777777777777", StringComparison.Ordinal)
                ? new FakeResponse(HttpStatusCode.Forbidden, """{"message": "Cannot send messages to this user", "code": 50007}""", new Dictionary<string, string>())
                : null);
            discord.GatewayScript = async c =>
            {
                await c.SendFixtureAsync("gateway_hello.json");
                await c.ExpectAsync(2);
                await c.SendAsync(discord.ReadyFrame());
                await c.SendFixtureAsync("gateway_guild_member_add.json");
                await c.AcknowledgeHeartbeatsAsync();
            };
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.CallsTo("POST", "channels/1777777777777777777/messages").Count == 1);

        var post = host.Discord.CallsTo("POST", "channels/1777777777777777777/messages").Single().Json.RootElement;
        Assert.StartsWith("<@1666666666666666666>", post.GetProperty("content").GetString());
        Assert.Equal("1666666666666666666", post.GetProperty("allowed_mentions").GetProperty("users")[0].GetString());
        Assert.Empty(post.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task Reconnect_Requested_ResumesWithSessionAndSequenceOnTheResumeUrl()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            if (c.Number == 1)
            {
                await c.ExpectAsync(2);
                await c.SendAsync(discord.ReadyFrame());
                await c.SendAsync("""{"t":"TYPING_START","s":5,"op":0,"d":{}}""");
                await c.SendFixtureAsync("gateway_reconnect.json");
            }

            await c.AcknowledgeHeartbeatsAsync();
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Any(f => f.Op == 6), () => host.Time.Advance(TimeSpan.FromSeconds(1)));

        var resume = host.Discord.GatewayFrames.First(f => f.Op == 6);
        Assert.Equal(2, resume.Connection);
        Assert.StartsWith("/gateway/resume", resume.Path);
        Assert.Equal("session-1", resume.Frame.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(5, resume.Frame.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(DiscordTestHost.BotToken, resume.Frame.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainAfterAPause()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            await c.ExpectAsync(2);
            if (c.Number == 1)
            {
                await c.SendAsync(discord.ReadyFrame());
                await c.SendFixtureAsync("gateway_invalid_session.json");
            }

            await c.AcknowledgeHeartbeatsAsync();
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayConnections == 1 && host.Discord.GatewayFrames.Any(f => f.Op == 2));
        await Task.Delay(200);
        Assert.Equal(1, host.Discord.GatewayConnections);
        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Count(f => f.Op == 2) == 2, () => host.Time.Advance(TimeSpan.FromSeconds(1)));

        Assert.DoesNotContain(host.Discord.GatewayFrames, f => f.Op == 6);
        Assert.Equal(2, host.Discord.GatewayFrames.Last(f => f.Op == 2).Connection);
    }

    [Fact]
    public async Task Heartbeat_NotAcknowledged_ReconnectsAndResumes()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            if (c.Number == 1)
            {
                await c.ExpectAsync(2);
                await c.SendAsync(discord.ReadyFrame());
                await c.WaitClosedAsync(); // never acknowledges
                return;
            }

            await c.AcknowledgeHeartbeatsAsync();
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Any(f => f.Op == 2));
        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Any(f => f.Op == 6), () => host.Time.Advance(TimeSpan.FromSeconds(5)));

        var heartbeats = host.Discord.GatewayFrames.Where(f => f.Op == 1 && f.Connection == 1).ToList();
        Assert.Single(heartbeats);
        Assert.Equal(1, heartbeats[0].Frame.GetProperty("d").GetInt64());
        Assert.Equal(2, host.Discord.GatewayFrames.First(f => f.Op == 6).Connection);
    }

    [Fact]
    public async Task Close_AuthenticationFailed_StopsWithoutReconnecting()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            await c.ExpectAsync(2);
            await c.CloseWithAsync(4004);
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.GatewayFrames.Any(f => f.Op == 2));
        for (var i = 0; i < 30; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(10);
        }

        Assert.Equal(1, host.Discord.GatewayConnections);
    }

    [Fact]
    public async Task InteractionCreate_OverGateway_RepliesThroughTheCallbackEndpoint()
    {
        await using var host = await DiscordTestHost.StartAsync(GatewayOn, prepare: discord => discord.GatewayScript = async c =>
        {
            await c.SendFixtureAsync("gateway_hello.json");
            await c.ExpectAsync(2);
            await c.SendAsync(discord.ReadyFrame());
            var interaction = JsonDocument.Parse(Interactions.Command("help")).RootElement;
            await c.SendAsync(JsonSerializer.Serialize(new { t = "INTERACTION_CREATE", s = 2, op = 0, d = interaction }));
            await c.SendFixtureAsync("gateway_interaction_create_modal_submit_captured.json");
            await c.AcknowledgeHeartbeatsAsync();
        });

        await FakeDiscordServer.EventuallyAsync(() => host.Discord.CallsTo("POST", "interactions/").Count == 2);

        var help = host.Discord.CallsTo("POST", "interactions/1333333333333333333/INTERACTION_TOKEN/callback").Single().Json.RootElement;
        Assert.Equal(4, help.GetProperty("type").GetInt32());
        Assert.Contains("NetworkBot", help.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        var unknownModal = host.Discord.CallsTo("POST", "interactions/").Single(c => c.Path.Contains("REDACTED", StringComparison.Ordinal)).Json.RootElement;
        Assert.Equal(64, unknownModal.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.All(host.Discord.CallsTo("POST", "interactions/"), call => Assert.Equal("", call.Authorization));
    }
}
