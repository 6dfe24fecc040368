using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkBot.Discord;
using NetworkBot.Hosting;
using NetworkBot.Slack;
using NetworkBot.Slack.Rest;
using NetworkBot.Web;
using NSec.Cryptography;

namespace NetworkBot.Bench.HotPaths;

/// <summary>
/// The whole service in this process, wired as Program.cs wires it, on an in-memory server: a data file with the
/// load run's events, keys made here, and Slack's <c>users.info</c> answered in-process. Benchmarks take their parts
/// from <see cref="Services"/> or send whole requests through <see cref="Client"/>.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private readonly string _folder;
    private readonly WebApplication _app;

    private BenchHost(string folder, WebApplication app, Key discordKey)
    {
        _folder = folder;
        _app = app;
        DiscordKey = discordKey;
        Client = app.GetTestClient();
    }

    public IServiceProvider Services => _app.Services;

    public HttpClient Client { get; }

    public Key DiscordKey { get; }

    public static async Task<BenchHost> StartAsync(string logLevel = "Warning")
    {
        var folder = Path.Combine(Path.GetTempPath(), $"networkbot-hotpaths-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var dataFile = Path.Combine(folder, "networkbot.db");
        BenchEvents.Seed(dataFile);

        var discordKey = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = dataFile,
            ["Logging:LogLevel:Default"] = logLevel,
            ["Slack:SigningSecret"] = SlackSecret,
            ["Slack:BotToken"] = "xoxb-bench",
            ["Discord:ApplicationId"] = "1300000000000000001",
            ["Discord:PublicKey"] = Convert.ToHexStringLower(discordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["Discord:BotToken"] = "bench",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        });
        // Logs go nowhere: the cost of deciding and formatting stays, the console's does not flood the results.
        builder.Logging.ClearProviders().AddProvider(new DiscardingLoggerProvider());
        builder.AddNetworkBotService();
        builder.Services.AddHttpClient(SlackWebApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new UsersInfoHandler());

        var app = builder.Build();
        app.MapHealth();
        app.MapSlack();
        app.MapDiscord();
        app.MapPublicPages();
        await app.StartAsync();
        return new BenchHost(folder, app, discordKey);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        DiscordKey.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the system later.
        }
    }

    /// <summary>Answers <c>users.info</c> like Slack does, for any user.</summary>
    private sealed class UsersInfoHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"ok":true,"user":{"id":"U0","name":"bench","locale":"ja-JP","profile":{"display_name":"ベンチ"}}}""", Encoding.UTF8, "application/json"),
            });
    }

    private sealed class DiscardingLoggerProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new DiscardingLogger();

        public void Dispose()
        {
        }

        private sealed class DiscardingLogger : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                _ = formatter(state, exception);
        }
    }
}
