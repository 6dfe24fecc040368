using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Hosting;
using NetworkBot.Observability;
using NetworkBot.Tests.Scheduling;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Observability;

/// <summary>The NetworkBot meter moves for commands and deliveries, with the tags an operator filters by.</summary>
public sealed class BotMetricsTests : IDisposable
{
    // 2026-12-01 09:00 JST; the event starts 2026-12-10 14:00 JST.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);
    private const string CreateEvent = "/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" venue:\"○○市民センター\" capacity:1 reminders:\"7d\"";

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Commands_OkRefusedAndInvalid_CountedAndTimedWithPlatformCommandAndOutcome()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        using var metrics = new MetricsRecorder(bot.Services);

        await bot.RunAsync("/events");
        await bot.RunAsync("/events");
        await bot.RunAsync("/event create title:x", organizer: false);
        await bot.RunAsync("/join 99");
        await bot.RunAsync("/frobnicate");

        Assert.Equal(2, metrics.Of("networkbot.commands", ("platform", "console"), ("command", "events"), ("outcome", "ok")).Sum(m => m.Value));
        Assert.Single(metrics.Of("networkbot.commands", ("command", "event create"), ("outcome", "refused")));
        Assert.Single(metrics.Of("networkbot.commands", ("command", "join"), ("outcome", "invalid_input")));
        // An unknown name is member input: it is counted under one fixed name, never as typed.
        Assert.Single(metrics.Of("networkbot.commands", ("command", "(unknown)"), ("outcome", "invalid_input")));
        Assert.DoesNotContain(metrics.Measurements, m => Equals(m.Tags.GetValueOrDefault("command"), "frobnicate"));
        var durations = metrics.Of("networkbot.command.duration", ("command", "events"));
        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.InRange(d.Value, 0, 30));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Information: Command Console /join: invalid_input in ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_HandlerThrows_CountedAsFailedAndLoggedAsAnError()
    {
        var meters = MetricsRecorder.NewMeterFactory();
        using var metrics = new MetricsRecorder(meters);
        var logs = new LogCapture();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var execution = new CommandExecution(new CommandDispatcher([new ThrowingCommand()]), new BotMetrics(meters), loggers.CreateLogger<CommandExecution>());
        var context = new CommandContext(new MemberRef("slack:T1:U1", "m"), null, Language.Ja, IsOrganizer: false);

        var reply = await execution.RunAsync(execution.Dispatcher.CreateFromText("/boom", context), CancellationToken.None);

        Assert.Contains("問題が起きました", PlainText(reply));
        Assert.Single(metrics.Of("networkbot.commands", ("platform", "slack"), ("command", "boom"), ("outcome", "failed")));
        Assert.Contains(logs.Lines, l => l.StartsWith("Error: Command Slack /boom: failed after ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliveries_ReminderSentAndPromotionNoticeSent_CountedByPlatformAndKind()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        using var metrics = new MetricsRecorder(bot.Services);
        await bot.RunAsync(CreateEvent);
        await bot.RunAsync("/join 1", "青木");
        await bot.RunAsync("/join 1", "井上");

        await bot.RunAsync("/leave 1", "青木"); // 井上 moves up and is told at once
        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));

        Assert.Single(await metrics.WaitForAsync(1, "networkbot.deliveries.sent", ("platform", "console"), ("kind", "reminder")));
        Assert.Single(metrics.Of("networkbot.deliveries.sent", ("platform", "console"), ("kind", "immediate")));
        Assert.Empty(metrics.Of("networkbot.deliveries.failed"));
    }

    [Fact]
    public async Task Deliveries_MemberUnreachableAndTransient_CountedAsFailedWithReasonAndRetry()
    {
        var transientFailures = 0;
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now), configureSender: s => s.Failure = m =>
            m.ToMember?.Id == "console:青木" ? new DeliveryFailedException(DeliveryFailure.MemberUnreachable)
            : Interlocked.Increment(ref transientFailures) <= 1 ? new HttpRequestException("platform answered 503")
            : null);
        using var metrics = new MetricsRecorder(bot.Services);
        await bot.RunAsync(CreateEvent.Replace("capacity:1", "capacity:5", StringComparison.Ordinal));
        await bot.RunAsync("/join 1", "青木");
        await bot.RunAsync("/join 1", "井上");

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));

        var gaveUp = await metrics.WaitForAsync(1, "networkbot.deliveries.failed", ("kind", "reminder"), ("reason", "member-unreachable"), ("will_retry", false));
        var retried = await metrics.WaitForAsync(1, "networkbot.deliveries.failed", ("kind", "reminder"), ("reason", "transient"), ("will_retry", true));
        Assert.Single(gaveUp);
        Assert.Single(retried);
        Assert.Single(await metrics.WaitForAsync(1, "networkbot.deliveries.sent", ("kind", "reminder")));
    }

    private static string PlainText(BotReply reply) => NetworkBot.Console.PlainTextRenderer.Render(reply);

    private sealed class ThrowingCommand : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new("boom", null, false, []);

        public ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("storage on fire");
    }
}
