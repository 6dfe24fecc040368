using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NetworkBot.Core.Commands;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Rest;

/// <summary>
/// At start, registers the command set with one bulk overwrite (globally, or to <c>Discord:GuildId</c>), but only when
/// its definition changed since the last registration: a hash of what was sent is kept in the data file. Runs in the
/// background so a slow or unreachable Discord never delays the start.
/// </summary>
internal sealed partial class CommandRegistrar(
    IOptions<DiscordOptions> options, CommandDispatcher dispatcher, DiscordRestClient rest, DiscordStateStore store,
    ILogger<CommandRegistrar> logger) : BackgroundService
{
    public Task? Registration { get; private set; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled) return Task.CompletedTask;
        Registration = RegisterAsync(stoppingToken);
        return Registration;
    }

    /// <summary>Returns whether Discord was called (false when the stored hash says nothing changed).</summary>
    public async Task<bool> RegisterIfChangedAsync(CancellationToken cancellationToken)
    {
        var guildId = options.Value.GuildId;
        var global = string.IsNullOrWhiteSpace(guildId);
        var commands = CommandCatalog.Build(dispatcher.Definitions, global);
        var scope = global ? "global" : $"guild:{guildId}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{options.Value.ApplicationId}|{scope}|{DiscordJson.Serialize(commands)}")));
        var key = $"discord:commands:{options.Value.ApplicationId}:{scope}";
        if (store.Get(key) == hash)
        {
            LogUnchanged(commands.Count, scope);
            return false;
        }

        await rest.BulkOverwriteCommandsAsync(commands, cancellationToken);
        store.Set(key, hash);
        LogRegistered(commands.Count, scope);
        return true;
    }

    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RegisterIfChangedAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordRequestRefusedException or HttpRequestException)
        {
            LogFailed(exception.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "Discord: registered {Count} commands ({Scope})")]
    private partial void LogRegistered(int count, string scope);

    [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "Discord: {Count} commands unchanged since the last registration ({Scope}); nothing sent")]
    private partial void LogUnchanged(int count, string scope);

    [LoggerMessage(EventId = 312, Level = LogLevel.Error, Message = "Discord: registering the commands failed: {Reason}. Check Discord:ApplicationId and Discord:BotToken; the bot retries at the next start")]
    private partial void LogFailed(string reason);
}
