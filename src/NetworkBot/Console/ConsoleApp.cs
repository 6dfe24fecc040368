using System.Text;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Settings;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using NetworkBot.Scheduling;
using NetworkBot.Storage;

namespace NetworkBot.Console;

/// <summary>
/// <c>dotnet run --project src/NetworkBot -- console [--as NAME] [--organizer] [--lang en]</c>: the bot in a terminal,
/// on the same data file as the service.
/// </summary>
public static class ConsoleApp
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter writer, bool interactive)
    {
        var builder = CreateBuilder(args, writer);
        try
        {
            using var host = builder.Build();
            if (!host.Services.OpenStorageOrExplain(System.Console.Error)) return 1;
            await host.StartAsync();
            var settings = host.Services.GetRequiredService<BotSettings>();
            var identity = ConsoleIdentity.FromArguments(args, settings.DefaultLanguage);
            var session = new ConsoleSession(
                host.Services.GetRequiredService<CommandExecution>(), host.Services.GetRequiredService<ConsoleOutput>(), identity,
                host.Services.GetRequiredService<ConversationExecution>());
            if (interactive) writer.WriteLine(Welcome(identity));
            await session.RunAsync(input, interactive, CancellationToken.None);
            await host.StopAsync();
            return 0;
        }
        catch (Exception exception) when (exception is StorageUnavailableException or OptionsValidationException or InvalidOperationException)
        {
            await System.Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    /// <summary>The console's services: the service's Core, storage and scheduling, with the terminal as the only platform.</summary>
    internal static HostApplicationBuilder CreateBuilder(string[] args, TextWriter writer)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The terminal is the conversation: only warnings and errors are logged, and to standard error.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddNetworkBotCore().AddStorage().AddMessaging().AddScheduling();
        builder.Services.AddSingleton(new ConsoleOutput(writer));
        builder.Services.AddSingleton<IPlatformSender, ConsoleChatSender>();
        builder.Services.AddSingleton<IPlatformChannels, ConsoleChannels>();
        return builder;
    }

    public static Task<int> RunAsync(string[] args)
    {
        System.Console.OutputEncoding = Encoding.UTF8;
        System.Console.InputEncoding = Encoding.UTF8;
        return RunAsync(args, System.Console.In, System.Console.Out, interactive: !System.Console.IsInputRedirected);
    }

    private static string Welcome(ConsoleIdentity identity) =>
        $"NetworkBot console: {identity.Name}{(identity.IsOrganizer ? " (organizer)" : "")}. /help lists the commands; exit or Ctrl+D ends.";
}
