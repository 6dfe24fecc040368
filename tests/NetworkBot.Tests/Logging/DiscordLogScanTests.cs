using System.Net;
using System.Numerics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Scheduling;

namespace NetworkBot.Tests.Logging;

/// <summary>A full Discord scenario over signed interactions, a 429 and a forged request included, with every log line read.</summary>
public sealed class DiscordLogScanTests
{
    private const string IntroductionsChannel = "1999999999999999999";
    private const string Organizer = "1600000000000000003";
    private static readonly string ManageEvents = (BigInteger.One << 33).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task FullScenario_LogsNoSecretAndNoPersonalData()
    {
        var logs = new LogCapture();
        var settings = new Dictionary<string, string?>(LogScan.SecretSettings)
        {
            ["Bot:IntroductionsChannel"] = $"discord:{DiscordTestHost.GuildId}:{IntroductionsChannel}",
        };
        await using var host = await DiscordTestHost.StartAsync(settings, s => s.AddSingleton<ILoggerProvider>(logs));
        var cardPosts = 0;
        host.Discord.When(call => call.Path.StartsWith($"channels/{IntroductionsChannel}/messages", StringComparison.Ordinal) && Interlocked.Increment(ref cardPosts) == 1
            ? new FakeResponse(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""",
                new Dictionary<string, string> { ["Retry-After"] = "2", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "1.5", ["X-RateLimit-Scope"] = "user" })
            : null);

        await host.PostSignedJsonAsync(Interactions.Command("event",
            [new { name = "create", type = 1, options = new[] { Interactions.Option("title", "ログ確認勉強会"), Interactions.Option("start", "2099-12-05 14:00"), Interactions.Option("capacity", "1") } }],
            userId: Organizer, permissions: ManageEvents));
        await host.PostSignedJsonAsync(Interactions.Command("announce",
            [new { name = "create", type = 1, options = new[] { Interactions.Option("channel", "<#1111111111111111111>"), Interactions.Option("text", LogScan.AnnouncementText), Interactions.Option("at", "2099-12-01 09:00") } }],
            userId: Organizer, permissions: ManageEvents));

        // The card meets a 429: the bot waits (on the test's clock, moved along here), the answer is deferred and
        // completed through the interaction's webhook, whose URL holds the interaction token.
        var introduce = host.PostSignedAsync(Interactions.Command("introduce",
        [
            Interactions.Option("name", LogScan.Name), Interactions.Option("affiliation", LogScan.Affiliation),
            Interactions.Option("email", LogScan.Email), Interactions.Option("message", LogScan.IntroductionText),
        ]));
        await FakeDiscordServer.EventuallyAsync(() => introduce.IsCompleted && cardPosts >= 2, () => host.Time.Advance(TimeSpan.FromMilliseconds(500)));

        await host.PostSignedJsonAsync(Interactions.Button($"cmd:/join 1 email:{LogScan.Email}"));
        await host.PostSignedJsonAsync(Interactions.Button("cmd:/join 1", userId: "1600000000000000009"));
        await host.PostSignedJsonAsync(Interactions.Button("cmd:/leave 1")); // the waiting member moves up and is told
        await host.PostSignedJsonAsync(Interactions.Command("event", [new { name = "attendees", type = 1, options = new[] { Interactions.Option("id", "1") } }],
            userId: Organizer, permissions: ManageEvents));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostSignedAsync(Interactions.Button("cmd:/events"), new string('0', 128))).StatusCode);

        Assert.Contains(logs.Lines, l => l.Contains("rate limit", StringComparison.Ordinal)); // the scenario did meet its 429
        using var vectors = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var key = vectors.RootElement.GetProperty("cases")[0];
        LogScan.AssertClean(logs.Lines,
        [
            .. LogScan.PersonalData, .. LogScan.Settings, "後藤", DiscordTestHost.BotToken, "INTERACTION_TOKEN",
            key.GetProperty("public_key_hex").GetString()!, key.GetProperty("secret_key_hex").GetString()!,
        ]);
    }
}
