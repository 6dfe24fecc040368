using NetworkBot.Console;
using NetworkBot.Hosting;
using NetworkBot.Web;

if (args is ["console", .. var consoleArgs]) return await ConsoleApp.RunAsync(consoleArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddNetworkBotService();

var app = builder.Build();
app.MapHealth();
app.MapPublicPages();
app.LogStartupSummary();
await app.RunAsync();
return 0;

/// <summary>Visible to the tests' web application factory.</summary>
public partial class Program;
