using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Platform;

namespace NetworkBot.Tests.Scheduling;

public sealed class EventReminderSchedulingTests : IDisposable
{
    // 2026-12-01 09:00 JST. The event starts 2026-12-10 14:00 JST (05:00 UTC).
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);
    private const string CreateEvent =
        "/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" doors:13:40 venue:\"○○市民センター\" capacity:2 party:yes party_start:17:30 party_venue:\"居酒屋まち\"";

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Reminders_ClockReachesEachOffset_GoingWaitlistAndChannelGetExactlyTheirMessages()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync(CreateEvent);
        await bot.RunAsync("/join 1 party:yes", "青木");
        await bot.RunAsync("/join 1", "井上");
        await bot.RunAsync("/join 1", "上田");
        await bot.RunAsync("/join 1", "江藤");

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Empty(bot.Sender.Delivered);

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));
        var week = bot.DeliveredSince(0);
        Assert.Equal(["console:井上", "console:青木"], week.Select(d => d.To).Order());
        Assert.All(week, d => Assert.Equal(Start - TimeSpan.FromDays(7), d.At));
        Assert.All(week, d => Assert.Contains("【リマインド】来週12月10日(木)は「まちづくり勉強会」です。", d.Text));
        Assert.Contains("懇親会は17:30から居酒屋まちで行います。", week.Single(d => d.To == "console:青木").Text);
        Assert.DoesNotContain("懇親会", week.Single(d => d.To == "console:井上").Text);
        Assert.Contains("/leave 1", week[0].Text);

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(1));
        var dayBefore = bot.DeliveredSince(2);
        Assert.Equal(["console:general", "console:上田", "console:井上", "console:江藤", "console:青木"], dayBefore.Select(d => d.To).Order());
        Assert.All(dayBefore, d => Assert.Equal(Start - TimeSpan.FromDays(1), d.At));
        Assert.Contains("明日は「まちづくり勉強会」です！", dayBefore.Single(d => d.To == "console:青木").Text);
        Assert.Contains("いま補欠1番目です", dayBefore.Single(d => d.To == "console:上田").Text);
        Assert.Contains("いま補欠2番目です", dayBefore.Single(d => d.To == "console:江藤").Text);
        Assert.Contains("【明日開催】", dayBefore.Single(d => d.To == "console:general").Text);

        await bot.AdvanceToAsync(Start - TimeSpan.FromHours(1));
        var hour = bot.DeliveredSince(7);
        Assert.Equal(["console:井上", "console:青木"], hour.Select(d => d.To).Order());
        Assert.All(hour, d => Assert.Contains("まもなく13:40に開場します（14:00開始）", d.Text));

        await bot.AdvanceToAsync(Start + TimeSpan.FromDays(1));
        Assert.Equal(9, bot.Sender.Delivered.Count);
    }

    [Fact]
    public async Task Reminders_MembersTurnedThemOff_SkippedAndCountedInStatus()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync(CreateEvent + " reminders:\"7d\"");
        await bot.RunAsync("/join 1", "青木");
        await bot.RunAsync("/join 1", "井上");
        await bot.RunAsync("/join 1", "上田");
        Assert.Contains("リマインドを止めました", await bot.RunAsync("/remind 1 off", "青木", organizer: false));
        Assert.Contains("すべてのイベントのリマインドを止めました", await bot.RunAsync("/profile reminders off", "井上", organizer: false));

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));

        Assert.Empty(bot.Sender.Delivered);
        var status = await bot.RunAsync("/event reminders 1");
        Assert.Contains("7日前のリマインド（2026年12月3日(木) 14:00）: 送信済み 0・送信待ち 0・失敗 0・配信停止中 2", status);
    }

    [Fact]
    public async Task Reminders_EventMoves_FollowTheNewTime()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync(CreateEvent + " reminders:\"1d\"");
        await bot.RunAsync("/join 1", "青木");
        var told = bot.Sender.Delivered.Count;

        Assert.Contains("更新しました", await bot.RunAsync("/event edit 1 start:\"2026-12-17 14:00\" doors:13:40 party_start:17:30"));
        Assert.Contains("【変更のお知らせ】", bot.DeliveredSince(told).Single().Text);
        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(1));
        Assert.Equal(told + 1, bot.Sender.Delivered.Count);

        await bot.AdvanceToAsync(Start + TimeSpan.FromDays(6));
        var moved = bot.DeliveredSince(told + 1);
        Assert.Equal(["console:general", "console:青木"], moved.Select(d => d.To).Order());
        Assert.All(moved, d => Assert.Equal(Start + TimeSpan.FromDays(6), d.At));
        Assert.Contains("2026年12月17日(木) 14:00開始", moved.Single(d => d.To == "console:青木").Text);
    }

    [Fact]
    public async Task Reminders_EventCancelled_RegistrantsToldAndNoRemindersGoOut()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync(CreateEvent);
        await bot.RunAsync("/join 1", "青木");

        await bot.RunAsync("/event cancel 1 reason:\"台風接近\" confirm:yes");
        var notice = Assert.Single(bot.Sender.Delivered);
        Assert.Contains("【中止のお知らせ】", notice.Text);

        await bot.AdvanceToAsync(Start + TimeSpan.FromHours(1));
        Assert.Single(bot.Sender.Delivered);
        Assert.Contains("予定しているリマインドはありません", await bot.RunAsync("/event reminders 1"));
    }

    [Fact]
    public async Task Delivery_MemberUnreachable_RecordedWithReasonAndOthersStillSent()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now), configureSender: s =>
            s.Failure = m => m.ToMember?.Id == "console:青木" ? new DeliveryFailedException(DeliveryFailure.MemberUnreachable) : null);
        await bot.RunAsync(CreateEvent + " reminders:\"7d\"");
        await bot.RunAsync("/join 1", "青木");
        await bot.RunAsync("/join 1", "井上");

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));
        await bot.AdvanceAsync(TimeSpan.FromHours(3));

        Assert.Equal("console:井上", Assert.Single(bot.Sender.Delivered).To);
        var status = await bot.RunAsync("/event reminders 1");
        Assert.Contains("送信済み 1・送信待ち 0・失敗 1", status);
        Assert.Contains("青木さん: DMを受け取れない状態です", status);
    }

    [Fact]
    public async Task Delivery_TransientFailure_RetriedWithBackoffAndSentOnce()
    {
        var failures = 0;
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now), configureSender: s =>
            s.Failure = _ => Interlocked.Increment(ref failures) <= 2 ? new HttpRequestException("platform answered 503") : null);
        await bot.RunAsync(CreateEvent + " reminders:\"7d\"");
        await bot.RunAsync("/join 1", "青木");

        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));
        Assert.Empty(bot.Sender.Delivered);
        Assert.Contains("（あとで再送します）", await bot.RunAsync("/event reminders 1"));

        await bot.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(bot.Sender.Delivered);
        await bot.AdvanceAsync(TimeSpan.FromMinutes(2));
        var sent = Assert.Single(bot.Sender.Delivered);
        Assert.Equal(Start - TimeSpan.FromDays(7) + TimeSpan.FromSeconds(150), sent.At);

        await bot.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Single(bot.Sender.Delivered);
    }

    [Fact]
    public async Task Reminders_ClockJumpsPastDueWhileRunning_SentOnceWithLateNoteAndBotStillStops()
    {
        var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync(CreateEvent + " reminders:\"1d\"");
        await bot.RunAsync("/join 1", "青木");

        // As after a machine slept: Quartz sees its trigger misfired and fires it once, late.
        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(1) + TimeSpan.FromHours(2));

        var late = bot.Sender.Delivered.Single(d => d.To == "console:青木");
        Assert.Contains("ボットが停止していたため", late.Text);
        var stopped = bot.DisposeAsync().AsTask();
        Assert.Same(stopped, await Task.WhenAny(stopped, Task.Delay(TimeSpan.FromSeconds(20))));
    }
}
