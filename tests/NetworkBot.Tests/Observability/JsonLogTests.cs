using System.Net;
using System.Text.Json;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Observability;

/// <summary>With <c>Logging:Console:FormatterName=json</c> the service writes one JSON object per line, fields kept apart.</summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task JsonFormatter_DiscordCommand_OneJsonLineWithPlatformCommandOutcomeAndElapsed()
    {
        using var vectors = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var key = vectors.RootElement.GetProperty("cases")[0];
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await using var discord = await FakeDiscordServer.StartAsync(TimeProvider.System);
        await using var service = await ServiceProcess.StartAsync(_file.Path, new Dictionary<string, string>
        {
            ["Logging:Console:FormatterName"] = "json",
            ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord:PublicKey"] = key.GetProperty("public_key_hex").GetString()!,
            ["Discord:BotToken"] = DiscordTestHost.BotToken,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        using var client = service.CreateClient();
        var body = Interactions.Command("help");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", new Ed25519Signer(key.GetProperty("secret_key_hex").GetString()!).Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        var line = await service.WaitForLineAsync(l => l.Contains("\"EventId\":1,", StringComparison.Ordinal));
        var state = JsonDocument.Parse(line).RootElement.GetProperty("State");
        Assert.Equal("Discord", state.GetProperty("Platform").GetString());
        Assert.Equal("help", state.GetProperty("Command").GetString());
        Assert.Equal("ok", state.GetProperty("Outcome").GetString());
        Assert.InRange(state.GetProperty("ElapsedMs").GetDouble(), 0, 30_000);
        Assert.Equal("Information", JsonDocument.Parse(line).RootElement.GetProperty("LogLevel").GetString());
        Assert.All(service.Lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.DoesNotContain(service.Lines, l => l.Contains(DiscordTestHost.BotToken, StringComparison.Ordinal) || l.Contains("後藤", StringComparison.Ordinal));
    }
}
