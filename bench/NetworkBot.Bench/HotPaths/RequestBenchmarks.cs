using BenchmarkDotNet.Attributes;

namespace NetworkBot.Bench.HotPaths;

/// <summary>
/// One whole signed <c>/events</c> request through the service's HTTP pipeline (routing, signature check, parsing, the
/// command, rendering, the response), on the in-memory server: time and bytes allocated per request. The in-memory
/// client's own request and response objects are counted too. <see cref="LogLevel"/> shows what the one Information
/// line per command costs when the service logs at Information (discarded after formatting, not written).
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private BenchHost _host = null!;
    private string _timestamp = "";
    private byte[] _slackBody = [];
    private string _slackSignature = "";
    private byte[] _discordBody = [];
    private string _discordSignature = "";

    [Params("Warning", "Information")]
    public string LogLevel { get; set; } = "Warning";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _host = await BenchHost.StartAsync(LogLevel);
        _timestamp = SignedRequests.Timestamp();
        _slackBody = SignedRequests.SlackEventsCommand(1);
        _slackSignature = SignedRequests.SlackSignature(_timestamp, _slackBody);
        _discordBody = SignedRequests.DiscordEventsInteraction(1);
        _discordSignature = SignedRequests.DiscordSignature(_host.DiscordKey, _timestamp, _discordBody);
        // The member is looked up once and kept, as in production.
        await SlackEventsAsync();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _host.DisposeAsync();

    [Benchmark(Description = "POST /slack/commands /events")]
    public async Task<int> SlackEventsAsync()
    {
        using var response = await _host.Client.SendAsync(SignedRequests.Slack(_timestamp, _slackBody, _slackSignature));
        return Ok(response, await response.Content.ReadAsByteArrayAsync());
    }

    [Benchmark(Description = "POST /discord/interactions /events")]
    public async Task<int> DiscordEventsAsync()
    {
        using var response = await _host.Client.SendAsync(SignedRequests.Discord(_timestamp, _discordBody, _discordSignature));
        return Ok(response, await response.Content.ReadAsByteArrayAsync());
    }

    private static int Ok(HttpResponseMessage response, byte[] body) =>
        response.IsSuccessStatusCode && body.Length > 500 ? body.Length : throw new InvalidOperationException($"/events answered {(int)response.StatusCode} with {body.Length} bytes");
}
