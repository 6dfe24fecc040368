using System.Text.Encodings.Web;
using System.Text.Json;
using NetworkBot.Core.Commands;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using NetworkBot.Storage;

namespace NetworkBot.Slack.Manifest;

/// <summary>
/// <c>NetworkBot slack-manifest --url https://your.host [--socket-mode] [--name NetworkBot]</c>: prints the Slack app
/// manifest (JSON) for this build's commands. With <c>--socket-mode</c> the URL may be left out.
/// </summary>
public static class SlackManifestCommand
{
    public const string Usage =
        "Usage: slack-manifest --url https://your.host [--socket-mode] [--name NetworkBot]\n"
        + "  --url          where this service is reachable from the internet (not needed with --socket-mode)\n"
        + "  --socket-mode  Slack connects through a WebSocket the bot opens: no public URL needed (recommended)\n"
        + "  --name         the app's name in Slack (default NetworkBot)";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, System.Console.Out, System.Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (Parse(args) is not { } settings)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var manifest = SlackManifest.Build(LoadDefinitions(), settings);
        var json = manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await output.WriteLineAsync(json);
        return 0;
    }

    public static SlackManifestSettings? Parse(IReadOnlyList<string> args)
    {
        Uri? url = null;
        var socketMode = false;
        var name = "NetworkBot";
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--url" when i + 1 < args.Count:
                    if (!Uri.TryCreate(args[++i].TrimEnd('/') + "/", UriKind.Absolute, out url) || url.Scheme is not ("https" or "http")) return null;
                    break;
                case "--socket-mode":
                    socketMode = true;
                    break;
                case "--name" when i + 1 < args.Count && args[i + 1].Trim().Length > 0:
                    name = args[++i].Trim();
                    break;
                default:
                    return null;
            }
        }

        return url is null && !socketMode ? null : new SlackManifestSettings(name, url, socketMode);
    }

    /// <summary>
    /// The commands come from the same registrations the service uses. Handlers need repositories, so a throwaway
    /// data file is used: the real one may be held by a running service.
    /// </summary>
    private static IReadOnlyList<CommandDefinition> LoadDefinitions()
    {
        var folder = Path.Combine(Path.GetTempPath(), "networkbot-manifest-" + Guid.NewGuid().ToString("N"));
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = Path.Combine(folder, "manifest.db"),
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Logging.ClearProviders();
            builder.Services.AddNetworkBotCore().AddStorage().AddMessaging();
            using var host = builder.Build();
            return host.Services.GetRequiredService<CommandDispatcher>().Definitions.ToList();
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
