using System.Text.Json.Nodes;
using NetworkBot.Slack.Manifest;

namespace NetworkBot.Tests.Slack.Manifest;

public sealed class SlackManifestCommandTests
{
    [Fact]
    public async Task Run_WithUrl_PrintsCommandsScopesEventsAndUrls()
    {
        var (exit, manifest, _) = await RunAsync("--url", "https://bot.example.jp/");

        Assert.Equal(0, exit);
        var commands = manifest!["features"]!["slash_commands"]!.AsArray();
        Assert.Equal(["/events", "/event", "/help"], commands.Select(c => c!["command"]!.GetValue<string>()).Where(c => c is "/events" or "/event" or "/help"));
        Assert.DoesNotContain(commands, c => c!["command"]!.GetValue<string>() is "/join" or "/leave");
        var eventCommand = commands.Single(c => c!["command"]!.GetValue<string>() == "/event")!;
        Assert.Contains("join ID", eventCommand["usage_hint"]!.GetValue<string>());
        Assert.Contains("leave ID", eventCommand["usage_hint"]!.GetValue<string>());
        Assert.StartsWith("イベントの詳細", eventCommand["description"]!.GetValue<string>());
        Assert.All(commands, c => Assert.Equal("https://bot.example.jp/slack/commands", c!["url"]!.GetValue<string>()));
        Assert.Equal(["chat:write", "chat:write.public", "commands", "im:write", "users:read"], Strings(manifest["oauth_config"]!["scopes"]!["bot"]!));
        var settings = manifest["settings"]!;
        Assert.Equal(["app_home_opened", "team_join"], Strings(settings["event_subscriptions"]!["bot_events"]!));
        Assert.Equal("https://bot.example.jp/slack/events", settings["event_subscriptions"]!["request_url"]!.GetValue<string>());
        Assert.Equal("https://bot.example.jp/slack/interactions", settings["interactivity"]!["request_url"]!.GetValue<string>());
        Assert.False(settings["socket_mode_enabled"]!.GetValue<bool>());
        Assert.True(manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Run_SocketMode_NeedsNoUrlAndSaysSo()
    {
        var (exit, manifest, _) = await RunAsync("--socket-mode", "--name", "ネットワーク");

        Assert.Equal(0, exit);
        Assert.True(manifest!["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.Null(manifest["settings"]!["interactivity"]!["request_url"]);
        Assert.Null(manifest["features"]!["slash_commands"]![0]!["url"]);
        Assert.Equal("ネットワーク", manifest["display_information"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData]
    [InlineData("--url")]
    [InlineData("--url", "not-a-url")]
    [InlineData("--url", "ftp://x.jp")]
    [InlineData("--socket-mode", "--unknown")]
    public async Task Run_WrongArguments_ShowsUsageAndFails(params string[] args)
    {
        var (exit, manifest, errors) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Null(manifest);
        Assert.Contains("--socket-mode", errors);
    }

    private static async Task<(int Exit, JsonObject? Manifest, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await SlackManifestCommand.RunAsync(args, output, errors);
        var text = output.ToString();
        return (exit, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject(), errors.ToString());
    }

    private static IEnumerable<string> Strings(JsonNode array) => array.AsArray().Select(n => n!.GetValue<string>());
}
