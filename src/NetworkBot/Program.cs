using NetworkBot.Console;
using NetworkBot.Discord;
using NetworkBot.Hosting;
using NetworkBot.Slack;
using NetworkBot.Slack.Manifest;
using NetworkBot.Storage;
using NetworkBot.Storage.Backup;
using NetworkBot.Web;

if (args is ["console", .. var consoleArgs]) return await ConsoleApp.RunAsync(consoleArgs);
if (args is ["healthcheck", .. var healthArgs]) return await HealthCheckCommand.RunAsync(healthArgs);
if (args is ["slack-manifest", .. var manifestArgs]) return await SlackManifestCommand.RunAsync(manifestArgs);
if (args is ["backup", .. var backupArgs]) return await BackupCommand.RunAsync(backupArgs, Console.Out, Console.Error);
if (args is ["restore", .. var restoreArgs]) return await RestoreCommand.RunAsync(restoreArgs, Console.Out, Console.Error, TimeProvider.System);
if (args is ["change-password", .. var rekeyArgs]) return await ChangePasswordCommand.RunAsync(rekeyArgs, Console.Out, Console.Error, TimeProvider.System);
if (args is ["repair", .. var repairArgs]) return await RepairCommand.RunAsync(repairArgs, Console.Out, Console.Error, TimeProvider.System);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddNetworkBotService();

var app = builder.Build();
if (!app.Services.OpenStorageOrExplain(Console.Error)) return 1;
app.MapHealth();
app.MapSlack();
app.MapDiscord();
app.MapPublicPages();
app.MapBackup();
app.LogStartupSummary();
await app.RunAsync();
return 0;

/// <summary>Visible to the tests' web application factory.</summary>
public partial class Program;
