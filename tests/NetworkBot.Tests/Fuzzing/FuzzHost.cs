using Microsoft.Extensions.Hosting;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Hosting;
using NetworkBot.Slack.Http;
using NetworkBot.Slack.Inbound;
using NetworkBot.Storage;
using NetworkBot.Tests.Discord.Support;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// The whole service with every HTTP endpoint switched on (Slack over HTTP, Discord interactions, the public pages),
/// Slack and Discord played by the fake servers, a fake clock and a data file holding two events with registrations.
/// <see cref="SendAsync"/> checks the fuzzing properties for one request.
/// </summary>
internal sealed class FuzzHost : IAsyncDisposable
{
    public const string SlackSecret = SlackHost.SigningSecret;
    public const string SlackAdmin = "U9";

    private readonly TempDataFile _file = new();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly Ed25519Signer _discordSigner;

    private FuzzHost(FakeSlackServer slack, FakeDiscordServer discord, FakeTimeProvider time)
    {
        Slack = slack;
        Discord = discord;
        Time = time;
        slack.Clock = time.GetUtcNow;
        slack.Users[SlackAdmin] = ("ja-JP", true, "運営");
        using var vectors = SharedFixtures.Json("vectors/discord_interaction_signature.json");
        var key = vectors.RootElement.GetProperty("cases")[0];
        _discordSigner = new Ed25519Signer(key.GetProperty("secret_key_hex").GetString()!);
        DiscordPublicKey = key.GetProperty("public_key_hex").GetString()!;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:Path", _file.Path);
            b.UseSetting("Bot:PublicBaseUrl", "https://events.example.jp");
            b.UseSetting("Slack:SigningSecret", SlackSecret);
            b.UseSetting("Slack:BotToken", SlackHost.BotToken);
            b.UseSetting("Slack:ApiBaseUrl", slack.ApiBaseUrl);
            b.UseSetting("Discord:ApplicationId", DiscordTestHost.ApplicationId);
            b.UseSetting("Discord:PublicKey", DiscordPublicKey);
            b.UseSetting("Discord:BotToken", DiscordTestHost.BotToken);
            b.UseSetting("Discord:ApiBaseUrl", discord.ApiBaseUrl);
            b.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Errors));
            b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });
        Client = _factory.CreateClient();
    }

    public FakeSlackServer Slack { get; }

    public FakeDiscordServer Discord { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public ErrorLogCapture Errors { get; } = new();

    public string DiscordPublicKey { get; }

    public IServiceProvider Services => _factory.Services;

    public LiteDbContext Store => Services.GetRequiredService<LiteDbContext>();

    public StoreSnapshot Snapshot() => StoreSnapshot.Take(Store);

    /// <summary>Starts the service and makes events 1 and 2 (the second one full, with a waitlist) by typed commands.</summary>
    public static async Task<FuzzHost> StartAsync()
    {
        var time = new FakeTimeProvider(TestEvents.Now);
        var slack = await FakeSlackServer.StartAsync();
        var discord = await FakeDiscordServer.StartAsync(time);
        var host = new FuzzHost(slack, discord, time);
        await host.RunAsync("/event create title:\"第12回 まちづくり勉強会\" start:\"2026-12-05 14:00\" end:17:00 venue:\"山形市民会館\" capacity:30 party:yes party_capacity:2 party_fee:5000");
        await host.RunAsync("/event create title:\"自治体DX交流会\" kind:meetup start:\"2026-12-12 18:00\" venue:オンライン capacity:1 reminders:\"1d,1h\"");
        foreach (var (member, line) in new[] { ("佐藤", "/join 1 party:yes"), ("鈴木", "/join 2"), ("高橋", "/join 2"), ("田中", "/join 1 name:\"田中 一郎\" affiliation:\"山形市\" email:t@example.jp") })
        {
            await host.RunAsync(line, member, organizer: false);
        }

        await host.SettleAsync();
        return host;
    }

    /// <summary>Runs a typed command on the console path (all handlers registered) and returns the reply's text.</summary>
    public async Task<Core.Replies.BotReply> RunAsync(string line, string member = "運営", bool organizer = true, Language language = Language.Ja)
    {
        var execution = Services.GetRequiredService<CommandExecution>();
        var context = new CommandContext(new MemberRef($"console:{member}", member), new ChannelRef("console:general"), language, organizer);
        return await execution.RunAsync(execution.Dispatcher.CreateFromText(line, context), CancellationToken.None);
    }

    public string UnixNow(int skewSeconds = 0) =>
        Time.GetUtcNow().AddSeconds(skewSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string SlackSignature(string timestamp, byte[] body, string secret = SlackSecret) => SlackSignatureVerifier.Sign(secret, timestamp, body);

    public string DiscordSignature(string timestamp, byte[] body) => _discordSigner.Sign(timestamp, body);

    /// <summary>A form post signed as Slack signs it, stamped <paramref name="timestamp"/> (now when null).</summary>
    public HttpRequestMessage SignedSlack(string path, byte[] body, string? timestamp = null)
    {
        timestamp ??= UnixNow();
        var request = Post(path, body, "application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature(timestamp, body));
        return request;
    }

    /// <summary>An interaction signed as Discord signs it, stamped <paramref name="timestamp"/> (now when null).</summary>
    public HttpRequestMessage SignedDiscord(byte[] body, string? timestamp = null)
    {
        timestamp ??= UnixNow();
        var request = Post("/discord/interactions", body, "application/json");
        request.Headers.Add("X-Signature-Ed25519", DiscordSignature(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    /// <summary>
    /// Sends one request and checks the properties every input must keep: no 5xx, no Error logged while it was handled
    /// (including the work it left running), and a refused request (4xx) stored nothing; with
    /// <paramref name="readOnly"/>, no request may store anything.
    /// </summary>
    public async Task<int> SendAsync(HttpRequestMessage request, EndpointTally tally, string shown, bool readOnly = false)
    {
        var errorsBefore = Errors.Count;
        var before = Snapshot();
        var sending = Client.SendAsync(request);
        await RunClockUntilAsync(() => sending.IsCompleted, "The request was not answered");
        using var response = await sending;
        await SettleAsync();
        var after = Snapshot();
        var status = (int)response.StatusCode;
        if (status >= 500) throw new FuzzFailure($"{status} for {shown}");
        if (Errors.Since(errorsBefore) is { Count: > 0 } errors) throw new FuzzFailure($"error logged for {shown}:\n{string.Join("\n", errors)}");
        if ((status >= 400 || readOnly) && !before.Equals(after))
        {
            throw new FuzzFailure($"answered {status} but the store changed ({before.Difference(after)}) for {shown}");
        }

        tally.Record(status);
        return status;
    }

    /// <summary>Waits for Slack follow-ups, Discord work left running after an answer, start-up work, and deliveries due.</summary>
    public async Task SettleAsync()
    {
        var followUps = Services.GetRequiredService<SlackFollowUps>();
        var discordWork = Services.GetRequiredService<NetworkBot.Discord.DiscordBackgroundWork>();
        // Registering the commands with Discord at start stores their hash once it is done.
        var registration = Services.GetServices<IHostedService>().OfType<NetworkBot.Discord.Rest.CommandRegistrar>().Single().ExecuteTask;
        await RunClockUntilAsync(
            () => followUps.WhenIdleAsync().IsCompleted && discordWork.Running == 0 && registration is not { IsCompleted: false } && !DeliveriesDue(),
            "Follow-ups and deliveries due by the fake clock were not handled");
    }

    /// <summary>
    /// Moves the fake clock on, as a real one would, until <paramref name="done"/>: a command waiting for its turn to
    /// post, or Slack's acknowledgement timer, would otherwise wait for ever. Bounded by a minute of real time.
    /// </summary>
    private async Task RunClockUntilAsync(Func<bool> done, string failure)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure + " within 60 seconds.");
            await Task.Delay(5);
            if (!done()) Time.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    private bool DeliveriesDue() =>
        Store.Outbox.FindAll().Any(o => o.Status == DeliveryStatus.Sending || (o.Status == DeliveryStatus.Pending && o.NextAttemptAt <= Time.GetUtcNow()));

    public static HttpRequestMessage Post(string path, byte[] body, string? contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return request;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Slack.DisposeAsync();
        await Discord.DisposeAsync();
        _file.Dispose();
    }
}

/// <summary>A fuzzing property that did not hold, with the input that broke it.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);
