using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Scheduling;
using NetworkBot.Discord;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using NetworkBot.Scheduling;
using NetworkBot.Slack;
using NetworkBot.Storage;
using Quartz;

namespace NetworkBot.Bench.Fanout;

/// <summary>
/// The bot's scheduling and both platform adapters, as the service composes them, on a LiteDB file and a clock of the
/// caller's choosing, talking to the rate-limited fake platforms. Members join through the commands, as they would.
/// </summary>
internal sealed class FanoutBot : IAsyncDisposable
{
    /// <summary>Event 1 of every rig: 2026-12-10 14:00 JST, reminded two days and one day before.</summary>
    public static readonly DateTimeOffset EventStart = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ColdDue = EventStart - TimeSpan.FromDays(2);

    public static readonly DateTimeOffset WarmDue = EventStart - TimeSpan.FromDays(1);

    public const string EventChannel = "discord:1098765432109876543:1200000000000000001";

    private readonly IHost _host;

    private FanoutBot(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<FanoutBot> StartAsync(string dbPath, TimeProvider time, string slackApi, string discordApi)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = dbPath,
            ["Slack:BotToken"] = "xoxb-fanout-test",
            ["Slack:SigningSecret"] = "fanout-test-secret",
            ["Slack:ApiBaseUrl"] = slackApi,
            ["Discord:ApplicationId"] = "1100000000000000001",
            ["Discord:PublicKey"] = new string('a', 64),
            ["Discord:BotToken"] = "fanout-test-token",
            ["Discord:ApiBaseUrl"] = discordApi,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddNetworkBotCore().AddStorage().AddMessaging().AddScheduling(q => q.UseTimeProvider(time)).AddSlack().AddDiscord();
        var host = builder.Build();
        await host.StartAsync();
        return new FanoutBot(host);
    }

    public static MemberRef SlackMember(int i) => new($"slack:T0FANOUT:U{i:D7}", $"会員S{i}");

    public static MemberRef DiscordMember(int i) => new($"discord:1098765432109876543:{1_150_000_000_000_000_000L + i}", $"会員D{i}");

    /// <summary>Creates event 1 in a Discord channel and has the members join it.</summary>
    public async Task SetUpEventAsync(int slackMembers, int discordMembers)
    {
        var organizer = new MemberRef("discord:1098765432109876543:1100000000000000009", "後藤");
        await RunAsync("/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" venue:\"○○市民センター\" reminders:\"2d,1d\"", organizer, organizer: true);
        var members = Enumerable.Range(1, slackMembers).Select(SlackMember).Concat(Enumerable.Range(1, discordMembers).Select(DiscordMember));
        foreach (var member in members) await RunAsync("/join 1", member, organizer: false);
    }

    private async Task RunAsync(string line, MemberRef member, bool organizer)
    {
        var execution = Services.GetRequiredService<CommandExecution>();
        var context = new CommandContext(member, new ChannelRef(EventChannel), Language.Ja, organizer);
        await execution.RunAsync(execution.Dispatcher.CreateFromText(line, context), CancellationToken.None);
    }

    /// <summary>True once every send due by <paramref name="due"/> has fired and no delivery is waiting or under way.</summary>
    public async Task<bool> DeliveredAsync(DateTimeOffset due)
    {
        var time = Services.GetRequiredService<TimeProvider>();
        if (time.GetUtcNow() < due) return false;
        var planned = await Services.GetRequiredService<IScheduledSendRepository>().ListPlannedAsync(CancellationToken.None);
        if (planned.Any(s => s.DueAt <= due)) return false;
        return !Services.GetRequiredService<LiteDbContext>().Outbox.Find(o => o.Status == DeliveryStatus.Pending || o.Status == DeliveryStatus.Sending).Any();
    }

    /// <summary>Outbox entries that ended other than sent (failed or skipped).</summary>
    public int NotSent() => Services.GetRequiredService<LiteDbContext>().Outbox.Count(o => o.Status != DeliveryStatus.Sent);

    /// <summary>Calls <paramref name="step"/> (moving a fake clock, or waiting a moment) until the send due at <paramref name="due"/> is delivered.</summary>
    public async Task WaitUntilDeliveredAsync(DateTimeOffset due, Func<Task> step, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await DeliveredAsync(due))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The reminder due {due:u} was not delivered within {timeout}.");
            await step();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
