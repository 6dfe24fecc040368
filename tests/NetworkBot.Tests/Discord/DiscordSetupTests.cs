using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Discord;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Rest;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Discord;

public sealed class DiscordSetupTests
{
    [Theory]
    [InlineData("Discord:PublicKey", "not-a-key")]
    [InlineData("Discord:ApplicationId", "my-app")]
    public void Start_WrongDiscordSetting_StopsWithMessageNamingTheKey(string key, string value)
    {
        using var file = new TempDataFile();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", file.Path);
            b.UseSetting("Discord:ApplicationId", "1234");
            b.UseSetting("Discord:PublicKey", new string('a', 64));
            b.UseSetting("Discord:BotToken", "token");
            b.UseSetting(key, value);
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, error.Message);
    }

    [Fact]
    public async Task Post_DiscordNotConfigured_EndpointAnswers404()
    {
        using var file = new TempDataFile();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Path", file.Path));

        var response = await factory.CreateClient().PostAsync("/discord/interactions", new StringContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_TwoMessagesToOneMember_OpensTheDirectMessageChannelOnce()
    {
        var time = new FakeTimeProvider(DiscordTestHost.Now);
        await using var discord = await FakeDiscordServer.StartAsync(time);
        var options = new DiscordOptions { ApplicationId = "42", BotToken = "token", ApiBaseUrl = discord.ApiBaseUrl };
        var handler = new DiscordRateLimitHandler(new DiscordRateLimiter(time), options.ApiBaseUri, MetricsRecorder.StandaloneMetrics(), NullLogger<DiscordRateLimitHandler>.Instance)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        var rest = new DiscordRestClient(new HttpClient(handler) { BaseAddress = options.ApiBaseUri }, options);
        var sender = new DiscordChatSender(rest, new DiscordMessageRenderer(null!), BotSettings.Default, NullLogger<DiscordChatSender>.Instance);
        var member = new MemberRef("discord:1098765432109876543:1555555555555555555", "後藤");

        await sender.SendAsync(OutgoingMessage.ToDirect(member, BotReply.PrivateText("一通目")), CancellationToken.None);
        await sender.SendAsync(OutgoingMessage.ToDirect(member, BotReply.PrivateText("二通目")), CancellationToken.None);
        await sender.SendAsync(OutgoingMessage.ToChannelPost(new ChannelRef("discord:1098765432109876543:1111111111111111111"), BotReply.PrivateText("お知らせ")), CancellationToken.None);

        Assert.Single(discord.CallsTo("POST", "users/@me/channels"));
        Assert.Equal(2, discord.CallsTo("POST", "channels/").Count(c => !c.Path.StartsWith("channels/1111111111111111111", StringComparison.Ordinal)));
        Assert.Single(discord.CallsTo("POST", "channels/1111111111111111111/messages"));
        Assert.All(discord.Calls, c => Assert.Equal("Bot token", c.Authorization));
    }

    [Fact]
    public async Task SendAsync_DirectMessagesClosed_ReportsTheMemberUnreachableSoTheOutboxDoesNotRetry()
    {
        var time = new FakeTimeProvider(DiscordTestHost.Now);
        await using var discord = await FakeDiscordServer.StartAsync(time);
        discord.When(call => call.Method == "POST" && call.Path.EndsWith("/messages", StringComparison.Ordinal)
            ? new FakeResponse(System.Net.HttpStatusCode.Forbidden, """{"message": "Cannot send messages to this user", "code": 50007}""", new Dictionary<string, string>())
            : null);
        var options = new DiscordOptions { ApplicationId = "42", BotToken = "token", ApiBaseUrl = discord.ApiBaseUrl };
        var handler = new DiscordRateLimitHandler(new DiscordRateLimiter(time), options.ApiBaseUri, MetricsRecorder.StandaloneMetrics(), NullLogger<DiscordRateLimitHandler>.Instance)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        var rest = new DiscordRestClient(new HttpClient(handler) { BaseAddress = options.ApiBaseUri }, options);
        var sender = new DiscordChatSender(rest, new DiscordMessageRenderer(null!), BotSettings.Default, NullLogger<DiscordChatSender>.Instance);
        var member = new MemberRef("discord:1098765432109876543:1555555555555555555", "後藤");

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(
            async () => await sender.SendAsync(OutgoingMessage.ToDirect(member, BotReply.PrivateText("リマインド")), CancellationToken.None));

        Assert.Equal(DeliveryFailure.MemberUnreachable, failure.Failure);
        Assert.False(failure.CanRetry);
    }
}
