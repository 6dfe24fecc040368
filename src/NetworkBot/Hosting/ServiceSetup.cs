using Microsoft.Extensions.Options;
using NetworkBot.Discord;
using NetworkBot.Messaging;
using NetworkBot.Observability;
using NetworkBot.Scheduling;
using NetworkBot.Slack;
using NetworkBot.Storage;

namespace NetworkBot.Hosting;

public static partial class ServiceSetup
{
    private const string DefaultUrl = "http://localhost:5080";

    /// <summary>Everything the hosted service runs: Core, storage, outgoing messages, and (later) the platforms.</summary>
    public static WebApplicationBuilder AddNetworkBotService(this WebApplicationBuilder builder)
    {
        // Listen where Bot:PublicBaseUrl points by default, unless the operator chose an address.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddNetworkBotCore().AddStorage(checkInBackground: true).AddMessaging().AddScheduling().AddSlack().AddDiscord();
        builder.AddTelemetryExport();
        return builder;
    }

    /// <summary>Says on start where the bot listens, which platforms are on, and how to try it.</summary>
    public static void LogStartupSummary(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkBot");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var storage = app.Services.GetRequiredService<LiteDbContext>();
            LogStarted(logger, string.Join(", ", app.Urls), storage.Path);
            LogPlatform(logger, "Slack", SlackSetup.Describe(app.Services));
            LogPlatform(logger, "Discord", DiscordSetup.Describe(app.Services.GetRequiredService<IOptions<DiscordOptions>>().Value));
            LogConsoleHint(logger);
        });
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "NetworkBot is running on {Urls}; data file {StoragePath}; health at /health")]
    private static partial void LogStarted(ILogger logger, string urls, string storagePath);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "{Platform}: {State}")]
    private static partial void LogPlatform(ILogger logger, string platform, string state);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Try the bot in a terminal: dotnet run --project src/NetworkBot -- console --as YourName --organizer (stop this service first: both use the same data file)")]
    private static partial void LogConsoleHint(ILogger logger);
}
