using System.Net;
using NetworkBot.Tests.Discord.Support;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>Inputs the fuzz tests found that broke something, kept as plain regression tests.</summary>
public sealed class FoundByFuzzingTests(FuzzHostFixture fixture) : IClassFixture<FuzzHostFixture>
{
    private FuzzHost Host => fixture.Host;

    [Theory]
    [InlineData("team_id")]
    [InlineData("user_id")]
    public async Task SlackCommand_IdLongerThanAnySlackId_400AndNothingStored(string field)
    {
        var fields = new Dictionary<string, string> { ["team_id"] = "T1", ["user_id"] = "U1", ["channel_id"] = "C1", ["command"] = "/event", ["text"] = "join 1" };
        fields[field] = new string('あ', 400);
        var before = Host.Snapshot();

        var status = await PostSlackAsync("/slack/commands", Slack.Support.SlackHost.Form(fields));

        Assert.Equal(400, status);
        Assert.Equal(before, Host.Snapshot());
        Assert.Empty(Host.Errors.Since(0));
    }

    [Fact]
    public async Task SlackButton_UserIdLongerThanAnySlackId_400AndNothingStored()
    {
        var press = Slack.Support.TestPayloads.ButtonPress("/join 1", Host.Slack.ResponseUrl("actions/1")).Replace("\"id\":\"U1\"", $"\"id\":\"U{new string('9', 2000)}\"");
        var before = Host.Snapshot();

        var status = await PostSlackAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(press));
        await Host.SettleAsync();

        Assert.Equal(400, status);
        Assert.Equal(before, Host.Snapshot());
        Assert.Empty(Host.Errors.Since(0));
    }

    [Theory]
    [InlineData("\"1555555555555555555\"", "\"" + "1111111111111111111111111111111111111111" + "\"")]
    [InlineData("\"1555555555555555555\"", "\"あ\"")]
    [InlineData("\"guild_id\":\"1098765432109876543\"", "\"guild_id\":\"x\"")]
    [InlineData("\"user\":{\"id\":\"1555555555555555555\"", "\"user\":{\"x\":\"1\"")]
    public async Task DiscordJoin_UserOrGuildIdNotASnowflake_400AndNothingStored(string from, string to)
    {
        var body = Interactions.Button("cmd:/join 1").Replace(from, to);
        Assert.NotEqual(Interactions.Button("cmd:/join 1"), body);
        var before = Host.Snapshot();
        var request = Host.SignedDiscord(FuzzHost.Utf8(body));

        var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Host.Snapshot());
        Assert.Empty(Host.Errors.Since(0));
    }

    [Fact]
    public async Task AttendeesCsv_ForgedLinkOnAFreshService_403AndNothingStored()
    {
        await using var fresh = await FuzzHost.StartAsync();
        var secrets = fresh.Snapshot().CountOf("secrets");

        var response = await fresh.Client.GetAsync("/events/1/attendees.csv?expires=9999999999&sig=AAAA");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, secrets);
        Assert.Equal(secrets, fresh.Snapshot().CountOf("secrets"));
    }

    [Theory]
    [InlineData("[null]")]
    [InlineData("[{\"name\":null,\"type\":3,\"value\":\"week\"}]")]
    [InlineData("[{\"name\":\"show\",\"type\":1,\"options\":[null]}]")]
    public async Task DiscordCommand_NullOptionOrOptionName_AnsweredWithoutError(string options)
    {
        var body = Interactions.Command("events").Replace("\"options\":[]", "\"options\":" + options);
        var errors = Host.Errors.Count;

        var status = await SendDiscordAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Host.Errors.Since(errors));
    }

    [Fact]
    public async Task DiscordCommand_NullToken_400()
    {
        var body = Interactions.Command("events").Replace("\"token\":\"INTERACTION_TOKEN\"", "\"token\":null");

        Assert.Equal(HttpStatusCode.BadRequest, await SendDiscordAsync(body));
    }

    [Fact]
    public async Task SlackFormCommand_ResponseUrlWithInvalidHost_NoErrorLogged()
    {
        var errors = Host.Errors.Count;
        var form = Slack.Support.SlackHost.Form(
        [
            new("team_id", "T1"), new("user_id", "U9"), new("channel_id", "C1"), new("command", "/introduce"), new("text", ""),
            new("response_url", "http://127.0.0.\uFFFD:1/hooks/x"), new("trigger_id", "1.2.trigger"),
        ]);
        Host.Slack.Script("views.open", 200, "{\"ok\":false,\"error\":\"expired_trigger_id\"}");

        Assert.Equal(200, await PostSlackAsync("/slack/commands", form));
        await Host.SettleAsync();

        Assert.Empty(Host.Errors.Since(errors));
    }

    [Fact]
    public async Task SlackButton_NullAction_AnsweredWithoutError()
    {
        var press = Slack.Support.TestPayloads.ButtonPress("/join 1", Host.Slack.ResponseUrl("actions/1"));
        var actions = press.IndexOf("\"actions\":[", StringComparison.Ordinal) + "\"actions\":[".Length;
        var withNull = press.Insert(actions, "null,");
        var errors = Host.Errors.Count;

        var status = await PostSlackAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(withNull));
        await Host.SettleAsync();

        Assert.Equal(200, status);
        Assert.Empty(Host.Errors.Since(errors));
    }

    [Fact]
    public async Task SlackFormSubmission_NullBlockState_AnsweredWithoutError()
    {
        var values = new System.Text.Json.Nodes.JsonObject { ["title"] = null };
        var metadata = new System.Text.Json.Nodes.JsonObject { ["c"] = "/event create", ["ch"] = "C1", ["r"] = Host.Slack.ResponseUrl("actions/2") };
        var submission = Slack.Support.TestPayloads.Submission(metadata.ToJsonString(), values);
        var errors = Host.Errors.Count;

        var status = await PostSlackAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(submission));
        await Host.SettleAsync();

        Assert.InRange(status, 200, 499);
        Assert.Empty(Host.Errors.Since(errors));
    }

    [Fact]
    public async Task Console_ProfileOfNameWithLoneSurrogate_AnsweredWithoutError()
    {
        var errors = Host.Errors.Count;

        var reply = await Host.RunAsync("/profile " + '\ud800' + "山田", "佐藤", organizer: false);

        Assert.NotEmpty(reply.Blocks);
        Assert.Equal([], Host.Errors.Since(errors));
    }

    private async Task<HttpStatusCode> SendDiscordAsync(string body)
    {
        var request = Host.SignedDiscord(FuzzHost.Utf8(body));
        return (await Host.Client.SendAsync(request)).StatusCode;
    }

    private async Task<int> PostSlackAsync(string path, string body)
    {
        var request = Host.SignedSlack(path, FuzzHost.Utf8(body));
        return (int)(await Host.Client.SendAsync(request)).StatusCode;
    }
}
