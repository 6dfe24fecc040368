using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Discord.Http;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Wire;
using NetworkBot.Slack.Http;
using NetworkBot.Slack.Rendering;
using NetworkBot.Slack.Wire;

namespace NetworkBot.Bench.HotPaths;

/// <summary>
/// Each step of a signed <c>/events</c> request on its own: the two signature checks, reading the body, parsing a typed
/// command, answering <c>/events</c> from the data file, and rendering that answer for each platform.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private BenchHost _host = null!;
    private SlackSignatureVerifier _slackVerifier = null!;
    private DiscordSignatureVerifier _discordVerifier = null!;
    private CommandDispatcher _dispatcher = null!;
    private BlockKitRenderer _blockKit = null!;
    private DiscordMessageRenderer _discordRenderer = null!;
    private BotCommand _eventsCommand = null!;
    private BotReply _eventsReply = null!;
    private Texts _texts = null!;
    private string _timestamp = "";
    private byte[] _slackBody = [];
    private string _slackSignature = "";
    private byte[] _discordBody = [];
    private string _discordSignature = "";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _host = await BenchHost.StartAsync();
        var services = _host.Services;
        _slackVerifier = services.GetRequiredService<SlackSignatureVerifier>();
        _discordVerifier = services.GetRequiredService<DiscordSignatureVerifier>();
        _dispatcher = services.GetRequiredService<CommandDispatcher>();
        _blockKit = services.GetRequiredService<BlockKitRenderer>();
        _discordRenderer = services.GetRequiredService<DiscordMessageRenderer>();
        _texts = Texts.For(Language.Ja);
        _eventsCommand = _dispatcher.CreateFromText("/events", new CommandContext(new MemberRef("slack:T0BENCH001:U0000000001", "ベンチ"), null, Language.Ja, false));
        _eventsReply = await _dispatcher.DispatchAsync(_eventsCommand, CancellationToken.None);
        _timestamp = SignedRequests.Timestamp();
        _slackBody = SignedRequests.SlackEventsCommand(1);
        _slackSignature = SignedRequests.SlackSignature(_timestamp, _slackBody);
        _discordBody = SignedRequests.DiscordEventsInteraction(1);
        _discordSignature = SignedRequests.DiscordSignature(_host.DiscordKey, _timestamp, _discordBody);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _host.DisposeAsync();

    [Benchmark(Description = "Slack signature check (HMAC-SHA256)")]
    public SignatureCheck SlackSignature() => _slackVerifier.Check(_timestamp, _slackSignature, _slackBody);

    [Benchmark(Description = "Discord signature check (Ed25519)")]
    public bool DiscordSignature() => _discordVerifier.IsValid(_discordSignature, _timestamp, _discordBody);

    [Benchmark(Description = "read a Slack slash command form")]
    public object? ReadSlackCommand() => SlackPayloads.ReadSlashCommand(_slackBody).Command;

    [Benchmark(Description = "read a Discord interaction (JSON)")]
    public object? ReadDiscordInteraction() => DiscordJson.Deserialize<Interaction>(_discordBody);

    [Benchmark(Description = "parse a typed /join line")]
    public BotCommand ParseJoinLine() =>
        _dispatcher.CreateFromText("/join 3 party:yes affiliation:\"山形市 企画課\"", _eventsCommand.Context);

    [Benchmark(Description = "/events answer (5 events with seat counts)")]
    public ValueTask<BotReply> AnswerEvents() => _dispatcher.DispatchAsync(_eventsCommand, CancellationToken.None);

    [Benchmark(Description = "/events rendered to Slack Block Kit JSON")]
    public string RenderSlack() =>
        _blockKit.RenderMessage(_eventsReply, _texts).ToResponse(inChannel: false).ToJsonString(SlackJson.Options);

    [Benchmark(Description = "/events rendered to a Discord interaction response")]
    public string RenderDiscord() =>
        DiscordJson.Serialize(InteractionResponse.Message(_discordRenderer.Render(_eventsReply, _texts, ephemeral: true)));
}
