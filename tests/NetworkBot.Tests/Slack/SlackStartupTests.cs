using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Slack;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Slack;

public sealed class SlackStartupTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Theory]
    [InlineData("Slack:BotToken", "not-a-bot-token")]
    [InlineData("Slack:ApiBaseUrl", "slack dot com")]
    [InlineData("Slack:OrganizerUserIds", "U123,後藤")]
    [InlineData("Slack:AppToken", "xoxb-not-an-app-token")]
    public void Start_WrongSlackSetting_StopsNamingTheKey(string key, string value)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", _file.Path);
            b.UseSetting("Slack:SigningSecret", "secret");
            b.UseSetting("Slack:BotToken", "xoxb-1");
            b.UseSetting(key, value);
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, error.Message);
    }

    [Fact]
    public async Task Start_WithoutSlackSettings_SlackIsOff()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Path", _file.Path));
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/slack/events", new StringContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("not configured", SlackSetup.Describe(factory.Services));
    }

    [Fact]
    public async Task Describe_HttpAndSocketMode_SaysBoth()
    {
        await using var host = await SlackHost.StartAsync(http: true, socketMode: true, new Dictionary<string, string?> { ["Slack:OrganizerUserIds"] = "U1 U2" });

        var description = SlackSetup.Describe(host.Services);

        Assert.StartsWith("on (HTTP at /slack/commands", description);
        Assert.Contains("and Socket Mode", description);
        Assert.Contains("2 listed", description);
    }
}
