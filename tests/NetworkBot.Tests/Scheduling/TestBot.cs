using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Console;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using NetworkBot.Scheduling;
using NetworkBot.Storage;
using Quartz;

namespace NetworkBot.Tests.Scheduling;

/// <summary>
/// The bot as the console runs it, on a LiteDB file and a fake clock that Quartz and the outbox sender both follow.
/// Commands are typed as members would; <see cref="AdvanceToAsync"/> moves the clock and waits until everything due
/// by then has been handled.
/// </summary>
internal sealed class TestBot : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _crashed;

    private TestBot(IHost host, FakeTimeProvider time, RecordingSender sender, LogCapture logs)
    {
        _host = host;
        Time = time;
        Sender = sender;
        Logs = logs;
    }

    public FakeTimeProvider Time { get; }

    public RecordingSender Sender { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TestBot> StartAsync(string dbPath, FakeTimeProvider time, TimeSpan? misfireGrace = null, Action<RecordingSender>? configureSender = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = dbPath,
            ["Scheduling:MisfireGrace"] = (misfireGrace ?? TimeSpan.FromHours(6)).ToString(),
        });
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        var sender = new RecordingSender(time);
        configureSender?.Invoke(sender);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddNetworkBotCore().AddStorage().AddMessaging().AddScheduling(q => q.UseTimeProvider(time));
        builder.Services.AddSingleton<IPlatformSender>(sender);
        builder.Services.AddSingleton<IPlatformChannels, ConsoleChannels>();
        var host = builder.Build();
        await host.StartAsync();
        var bot = new TestBot(host, time, sender, logs);
        await bot.SettleAsync();
        return bot;
    }

    /// <summary>Runs a command typed at the console by <paramref name="member"/> in #general; returns the reply as printed.</summary>
    public async Task<string> RunAsync(string line, string member = "後藤", bool organizer = true)
    {
        var execution = Services.GetRequiredService<CommandExecution>();
        var context = new CommandContext(new MemberRef($"console:{member}", member), new ChannelRef("console:general"), Language.Ja, organizer);
        var reply = await execution.RunAsync(execution.Dispatcher.CreateFromText(line, context), CancellationToken.None);
        await SettleAsync();
        return PlainTextRenderer.Render(reply);
    }

    /// <summary>
    /// Types <paramref name="lines"/> at the console as <paramref name="member"/>, through the console's own session
    /// (guided conversations and forms answered line by line); returns everything it printed.
    /// </summary>
    public async Task<string> TypeAsync(string member, bool organizer, params string[] lines)
    {
        using var output = new StringWriter();
        var session = new ConsoleSession(
            Services.GetRequiredService<CommandExecution>(), new ConsoleOutput(output), new ConsoleIdentity(member, organizer, Language.Ja),
            Services.GetRequiredService<ConversationExecution>());
        await session.RunAsync(new StringReader(string.Join("\n", lines) + "\n"), interactive: false, CancellationToken.None);
        await SettleAsync();
        return output.ToString();
    }

    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        if (instant > Time.GetUtcNow()) Time.SetUtcNow(instant);
        await SettleAsync();
    }

    public Task AdvanceAsync(TimeSpan delta) => AdvanceToAsync(Time.GetUtcNow() + delta);

    /// <summary>Messages delivered since <paramref name="index"/>.</summary>
    public IReadOnlyList<Delivered> DeliveredSince(int index) => Sender.Delivered.Skip(index).ToList();

    /// <summary>
    /// Waits (in real time, bounded) until nothing due by the fake clock is left: every send due has fired and every
    /// delivery that may be tried now has been tried.
    /// </summary>
    public async Task SettleAsync()
    {
        var sends = Services.GetRequiredService<IScheduledSendRepository>();
        var db = Services.GetRequiredService<LiteDbContext>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var now = Time.GetUtcNow();
            var planned = await sends.ListPlannedAsync(CancellationToken.None);
            var open = db.Outbox.FindAll().Where(o => o.Status == DeliveryStatus.Sending || (o.Status == DeliveryStatus.Pending && o.NextAttemptAt <= now));
            if (!planned.Any(s => s.DueAt <= now) && !open.Any()) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Scheduled work due by the fake clock was not handled within 20 seconds.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Stops as a crash would: the shutdown timeout has already run out, so sends under way are cut off where they
    /// are and nothing gets the chance to record their outcome.
    /// </summary>
    public async Task CrashAsync()
    {
        _crashed = true;
        await _host.StopAsync(new CancellationToken(canceled: true));
        _host.Dispose();
    }

    /// <summary>Stops as the service does on SIGTERM (sends under way may finish), without disposing yet.</summary>
    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        if (_crashed) return;
        await _host.StopAsync();
        _host.Dispose();
    }
}
