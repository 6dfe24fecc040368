using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Scheduling;
using NetworkBot.Storage;

namespace NetworkBot.Tests.Scheduling;

/// <summary>
/// Restarts inside a reminder window: the day-before reminder of an event with 40 registrants (40 direct messages and
/// the channel post), with the bot stopped before it is due, killed while it is going out, and stopped after.
/// </summary>
public sealed class ReminderWindowRestartTests : IDisposable
{
    private const int Registrants = 40;
    private const int Deliveries = Registrants + 1;
    private static readonly int Concurrency = SchedulingSettings.Default.SendConcurrency;
    private static readonly TimeSpan Hold = Timeout.InfiniteTimeSpan;
    private static readonly TimeSpan SignalTimeout = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    // 2026-12-10 14:00 JST; the day-before reminder is due at 2026-12-09 05:00Z.
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Start - TimeSpan.FromDays(1);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ThreeRestarts_BeforeDuringAndAfterTheReminder_EveryoneRemindedOnce_OnlyTheSendCutOffInFlightRepeatsUnderItsName()
    {
        var clock = new FakeTimeProvider(Now);
        await using (var first = await TestBot.StartAsync(_db.Path, clock))
        {
            await SetUpEventAsync(first);
            await first.AdvanceToAsync(Due - TimeSpan.FromHours(1));
            Assert.Empty(first.Sender.Delivered);
        }

        // Restart 1 happened before the reminder. The second bot lets ten deliveries through; the eleventh reaches the
        // platform but the bot dies before hearing back; as many more as can be are on their way; the rest are claimed.
        var passed = 0;
        string? inDoubtKey = null;
        var onTheirWay = 0;
        var inDoubtDelivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allOnTheirWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = await TestBot.StartAsync(_db.Path, clock, configureSender: s =>
        {
            s.BeforeDelivery = async (message, ct) =>
            {
                var turn = Interlocked.Increment(ref passed);
                if (turn <= 10) return;
                if (turn == 11)
                {
                    inDoubtKey = message.IdempotencyKey;
                    return;
                }

                if (Interlocked.Increment(ref onTheirWay) == Concurrency - 1) allOnTheirWay.SetResult();
                await Task.Delay(Hold, clock, ct);
            };
            s.AfterDelivery = async (message, ct) =>
            {
                if (message.IdempotencyKey != inDoubtKey) return;
                inDoubtDelivered.SetResult();
                await Task.Delay(Hold, clock, ct);
            };
        });
        clock.SetUtcNow(Due);
        await Task.WhenAll(inDoubtDelivered.Task, allOnTheirWay.Task).WaitAsync(SignalTimeout);
        await second.CrashAsync();
        Assert.Equal(11, second.Sender.Delivered.Count);

        // Restart 2 happened during the reminder. The third bot starts a minute later, before the dead bot's claims
        // (two minutes) would have run out, and takes them up at once.
        clock.Advance(TimeSpan.FromMinutes(1));
        var third = await TestBot.StartAsync(_db.Path, clock);
        Assert.Contains(third.Logs.Lines, l => l.Contains($"{Deliveries - 10} delivery(ies) were being sent when the bot last stopped", StringComparison.Ordinal));
        await third.DisposeAsync();

        // Restart 3 happens after the reminder; the fourth bot runs on past the event and sends nothing more.
        clock.Advance(TimeSpan.FromHours(2));
        await using var fourth = await TestBot.StartAsync(_db.Path, clock);
        await fourth.AdvanceToAsync(Start + TimeSpan.FromDays(1));

        var all = second.Sender.Delivered.Concat(third.Sender.Delivered).Concat(fourth.Sender.Delivered).ToList();
        Assert.Equal(ExpectedRecipients(), all.Select(d => d.To).Distinct().Order());
        Assert.Empty(fourth.Sender.Delivered);
        // At least once: the one send cut off between the platform taking it and the bot recording that went again,
        // under the same delivery name (Discord drops such a repeat by its nonce). Nothing else went twice.
        var repeated = Assert.Single(all.GroupBy(d => d.To), g => g.Count() > 1);
        Assert.Equal(2, repeated.Count());
        Assert.All(repeated, d => Assert.Equal(inDoubtKey, d.Key));
        Assert.Equal(Deliveries + 1, all.Count);
        Assert.All(Outbox(fourth), e => Assert.Equal(DeliveryStatus.Sent, e.Status));
    }

    [Fact]
    public async Task GracefulStop_WhileTheReminderGoesOut_SendsUnderWayFinish_TheRestStayUnclaimedForTheNextStart()
    {
        var clock = new FakeTimeProvider(Now);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var underWay = 0;
        var allUnderWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IReadOnlyList<Delivered> firstDelivered;
        await using (var first = await TestBot.StartAsync(_db.Path, clock))
        {
            await SetUpEventAsync(first);
            first.Sender.BeforeDelivery = async (_, ct) =>
            {
                if (Interlocked.Increment(ref underWay) == Concurrency) allUnderWay.SetResult();
                await release.Task.WaitAsync(ct);
            };
            clock.SetUtcNow(Due);
            await allUnderWay.Task.WaitAsync(SignalTimeout);

            var stopping = first.StopAsync();
            Assert.False(stopping.IsCompleted, "the bot stopped without waiting for the sends under way");
            release.SetResult();
            await stopping.WaitAsync(SignalTimeout);

            firstDelivered = first.Sender.Delivered;
            Assert.Equal(Concurrency, firstDelivered.Count);
            Assert.Equal(Concurrency, underWay);
            var outbox = Outbox(first);
            Assert.Equal(Concurrency, outbox.Count(e => e.Status == DeliveryStatus.Sent));
            Assert.All(outbox.Where(e => e.Status != DeliveryStatus.Sent), e =>
            {
                Assert.Equal(DeliveryStatus.Pending, e.Status);
                Assert.Null(e.LeaseOwner);
                Assert.Equal(0, e.Attempts);
            });
        }

        // Started again at the same instant: nothing waits for a claim to run out.
        await using var second = await TestBot.StartAsync(_db.Path, clock);
        var all = firstDelivered.Concat(second.Sender.Delivered).ToList();
        Assert.Equal(Deliveries, all.Count);
        Assert.Equal(ExpectedRecipients(), all.Select(d => d.To).Order());
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("were being sent when the bot last stopped", StringComparison.Ordinal));
    }

    private static async Task SetUpEventAsync(TestBot bot)
    {
        await bot.RunAsync("/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" venue:\"○○市民センター\" reminders:\"1d\"");
        foreach (var name in Names()) await bot.RunAsync("/join 1", name);
    }

    private static IEnumerable<string> Names() => Enumerable.Range(1, Registrants).Select(i => $"会員{i:00}");

    private static IEnumerable<string> ExpectedRecipients() => Names().Select(n => $"console:{n}").Append("console:general").Order();

    private static List<OutboxEntry> Outbox(TestBot bot) => bot.Services.GetRequiredService<LiteDbContext>().Outbox.FindAll().ToList();
}
