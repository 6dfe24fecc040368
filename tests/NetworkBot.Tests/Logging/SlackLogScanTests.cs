using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NetworkBot.Slack.Rest;
using NetworkBot.Tests.Scheduling;
using NetworkBot.Tests.Slack.Support;
using static NetworkBot.Tests.Slack.Support.TestPayloads;

namespace NetworkBot.Tests.Logging;

/// <summary>A full Slack scenario over signed HTTP, failures and a forged request included, with every log line kept and read.</summary>
public sealed class SlackLogScanTests
{
    [Fact]
    public async Task FullScenario_LogsNoSecretAndNoPersonalData()
    {
        var logs = new LogCapture();
        var settings = new Dictionary<string, string?>(LogScan.SecretSettings) { ["Bot:IntroductionsChannel"] = "slack:T1:CINTRO" };
        await using var host = await SlackHost.StartAsync(settings: settings, services: s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.Replace(ServiceDescriptor.Singleton(new SlackMessagePacer(TimeProvider.System)));
        });
        host.Slack.Users["UORG"] = ("ja-JP", true, "運営");
        host.Slack.Users["UMEM"] = ("ja-JP", false, LogScan.Name);

        await host.SlashCommandAsync("/event", "create title:\"ログ確認勉強会\" start:\"2099-12-05 14:00\" capacity:1", user: "UORG");
        await host.SlashCommandAsync("/announce", $"create channel:<#C1|general> text:\"{LogScan.AnnouncementText}\" at:\"2099-12-01 09:00\"", user: "UORG");

        // The introduction card meets a 429 first: the bot waits the Retry-After (on the test's clock) and posts again.
        host.Slack.Script("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", new Dictionary<string, string> { ["Retry-After"] = "7" });
        var introduce = host.SlashCommandAsync("/introduce",
            $"name:\"{LogScan.Name}\" affiliation:\"{LogScan.Affiliation}\" email:{LogScan.Email} message:\"{LogScan.IntroductionText}\"", user: "UMEM");
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        host.Time.Advance(TimeSpan.FromSeconds(7));
        await introduce;
        await host.Slack.WaitForAsync("chat.postMessage", c => c.Body.Contains("CINTRO", StringComparison.Ordinal), skip: 1);

        await host.InteractionAsync(ButtonPress($"/join 1 email:{LogScan.Email} affiliation:\"{LogScan.Affiliation}\"", host.Slack.ResponseUrl("join"), "UMEM"));
        await host.Slack.WaitForAsync("response_url");
        await host.SlashCommandAsync("/event", "join 1", user: "UWAIT");
        await host.SlashCommandAsync("/event", "leave 1", user: "UMEM"); // the waiting member moves up and is told
        host.Slack.Script("users.info", 200, """{"ok":false,"error":"user_not_found"}""");
        await host.SlashCommandAsync("/help", "", user: "UNEW");
        await host.SlashCommandAsync("/event", "attendees 1", user: "UORG");
        var forged = SlackHost.Signed("/slack/commands", SlackHost.Form([new("team_id", "T1"), new("user_id", "UMEM"), new("command", "/events"), new("text", LogScan.Email)]),
            "application/x-www-form-urlencoded", host.Time.GetUtcNow(), "a-forger's-guess");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await host.Client.SendAsync(forged)).StatusCode);

        // The scenario did go through its failures.
        Assert.Contains(logs.Lines, l => l.Contains("rate limited", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("user_not_found", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("refused with 401", StringComparison.Ordinal));
        LogScan.AssertClean(logs.Lines,
            [.. LogScan.PersonalData, .. LogScan.Settings, SlackHost.BotToken, SlackHost.AppToken, SlackHost.SigningSecret, host.Slack.ResponseUrl("")]);
    }

    [Fact]
    public async Task AnyHttpClientOfTheService_DoesNotLogRequestUris()
    {
        // Discord puts interaction tokens, and Slack response URLs their secret, in the URL path: a client added later
        // without removing the default request logging must still not write them.
        var logs = new LogCapture();
        await using var host = await SlackHost.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("some-future-client");

        await client.PostAsync(host.Slack.ResponseUrl("T1/B1/secret-part-of-a-response-url"), new StringContent("{}"));

        Assert.Single(host.Slack.CallsTo("response_url"));
        LogScan.AssertClean(logs.Lines, ["secret-part-of-a-response-url"]);
    }
}
