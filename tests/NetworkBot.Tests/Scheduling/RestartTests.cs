using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Platform;

namespace NetworkBot.Tests.Scheduling;

/// <summary>Two bots, one after the other, on the same data file: what the first sent is never sent again.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    // Event 1: 2026-12-10 14:00 JST. Event 2: 2026-12-09 19:00 JST, reminded only a day before.
    private static readonly DateTimeOffset Start1 = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start2 = new(2026, 12, 9, 10, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Restart_RemindersDueWhileDown_SentLateWithinGraceSkippedBeyondAndNothingTwice()
    {
        var clock = new FakeTimeProvider(Now);
        await using (var first = await TestBot.StartAsync(_db.Path, clock))
        {
            await first.RunAsync("/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" venue:\"○○市民センター\" reminders:\"7d,1d\"");
            await first.RunAsync("/event create title:\"夜のミニ勉強会\" start:\"2026-12-09 19:00\" url:https://example.jp/meet reminders:\"1d\"");
            await first.RunAsync("/join 1", "青木");
            await first.RunAsync("/join 2", "青木");
            await first.AdvanceToAsync(Start1 - TimeSpan.FromDays(7));
            Assert.Contains("来週", Assert.Single(first.Sender.Delivered).Text);
        }

        // Down from then until two hours after event 1's day-before reminder: event 2's is twelve hours late by then.
        clock.SetUtcNow(Start1 - TimeSpan.FromDays(1) + TimeSpan.FromHours(2));
        await using var second = await TestBot.StartAsync(_db.Path, clock);

        var afterRestart = second.Sender.Delivered;
        Assert.Equal(["console:general", "console:青木"], afterRestart.Select(d => d.To).Order());
        var late = afterRestart.Single(d => d.To == "console:青木");
        Assert.Contains("明日は「まちづくり勉強会」です！", late.Text);
        Assert.Contains("ボットが停止していたため、12月9日(水) 14:00にお送りする予定のお知らせが遅れて届いています", late.Text);
        Assert.DoesNotContain(afterRestart, d => d.Text.Contains("夜のミニ勉強会", StringComparison.Ordinal));

        Assert.Contains(second.Logs.Lines, l => l.Contains("EventReminder 2 due 2026-12-08 10:00:00Z", StringComparison.Ordinal) && l.Contains("skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("青木", StringComparison.Ordinal) || l.Contains("勉強会", StringComparison.Ordinal));
        Assert.Contains("ボットの停止中に時刻を過ぎたため送りませんでした", await second.RunAsync("/event reminders 2"));

        await second.AdvanceToAsync(Start2 + TimeSpan.FromDays(2));
        Assert.Equal(2, second.Sender.Delivered.Count);
    }

    [Fact]
    public async Task Restart_DeliveryRecordedButNotSent_SentOnceByTheNextBot()
    {
        var clock = new FakeTimeProvider(Now);
        await using (var first = await TestBot.StartAsync(_db.Path, clock, configureSender: s =>
            s.Failure = _ => new DeliveryFailedException(DeliveryFailure.PlatformUnavailable)))
        {
            await first.RunAsync("/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" reminders:\"7d\"");
            await first.RunAsync("/join 1", "青木");
            await first.RunAsync("/join 1", "井上");
            await first.AdvanceToAsync(Start1 - TimeSpan.FromDays(7));
            Assert.Empty(first.Sender.Delivered);
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        await using var second = await TestBot.StartAsync(_db.Path, clock);
        Assert.Equal(["console:井上", "console:青木"], second.Sender.Delivered.Select(d => d.To).Order());

        await second.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(2, second.Sender.Delivered.Count);
        Assert.Contains("送信済み 2・送信待ち 0・失敗 0", await second.RunAsync("/event reminders 1"));
    }

    [Fact]
    public async Task Restart_AnnouncementDueWhileDown_SentLateOnceWithinGrace()
    {
        var clock = new FakeTimeProvider(Now);
        await using (var first = await TestBot.StartAsync(_db.Path, clock))
        {
            await first.RunAsync("/announce create channel:#general text:\"月例会のお知らせ\" repeat:\"毎日 9:00\"");
            await first.AdvanceAsync(TimeSpan.FromDays(1));
            Assert.Single(first.Sender.Delivered);
        }

        // Down for two days and an hour: two posts were due; only the latest, an hour late, goes out.
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        await using var second = await TestBot.StartAsync(_db.Path, clock);
        var late = Assert.Single(second.Sender.Delivered);
        Assert.Equal("console:general", late.To);
        Assert.Contains("12月4日(金) 9:00にお送りする予定のお知らせが遅れて届いています", late.Text);
        Assert.Contains("月例会のお知らせ", late.Text);

        await second.AdvanceAsync(TimeSpan.FromHours(23));
        Assert.Equal(2, second.Sender.Delivered.Count);
        Assert.DoesNotContain("遅れて", second.Sender.Delivered[1].Text);
    }
}
