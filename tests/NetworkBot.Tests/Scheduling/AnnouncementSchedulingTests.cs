using Microsoft.Extensions.Time.Testing;

namespace NetworkBot.Tests.Scheduling;

public sealed class AnnouncementSchedulingTests : IDisposable
{
    // 2026-12-01 (Tuesday) 09:00 JST.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Create_At_PostsOnceAtThatTime()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        var reply = await bot.RunAsync("/announce create channel:#announcements text:\"明日は勉強会です\" at:\"2026-12-04 18:00\"");
        Assert.Contains("お知らせを予約しました（番号 1）。#announcements に 2026年12月4日(金) 18:00 に投稿します。", reply);

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 4, 8, 59, 0, TimeSpan.Zero));
        Assert.Empty(bot.Sender.Delivered);
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var post = Assert.Single(bot.Sender.Delivered);
        Assert.Equal(("console:announcements", "明日は勉強会です"), (post.To, post.Text));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero), post.At);

        await bot.AdvanceAsync(TimeSpan.FromDays(30));
        Assert.Single(bot.Sender.Delivered);
        Assert.Contains("予約中のお知らせはありません", await bot.RunAsync("/announce list"));
    }

    [Theory]
    [InlineData("repeat:\"毎月第1月曜 9:00\"", "2026年12月7日(月) 9:00", "2027年1月4日(月) 9:00", "2027年2月1日(月) 9:00")]
    [InlineData("repeat:\"monthly first monday 09:00\"", "2026年12月7日(月) 9:00", "2027年1月4日(月) 9:00", "2027年2月1日(月) 9:00")]
    [InlineData("cron:\"0 0 9 ? * MON#1\"", "2026年12月7日(月) 9:00", "2027年1月4日(月) 9:00", "2027年2月1日(月) 9:00")]
    [InlineData("repeat:\"毎週金曜 18:00\"", "2026年12月4日(金) 18:00", "2026年12月11日(金) 18:00", "2026年12月18日(金) 18:00")]
    [InlineData("repeat:\"毎日 9:00\"", "2026年12月2日(水) 9:00", "2026年12月3日(木) 9:00", "2026年12月4日(金) 9:00")]
    public async Task Create_Repeating_ShowsTheNextThreeTimesInJapanTime(string when, string first, string second, string third)
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        var reply = await bot.RunAsync($"/announce create channel:#general text:\"参加登録受付中です\" {when}");
        Assert.Contains($"- {first}\n- {second}\n- {third}", reply);
        Assert.Contains($"次回: {first}", await bot.RunAsync("/announce list"));
    }

    [Fact]
    public async Task Repeating_ClockPassesEachOccurrence_PostsEachExactlyOnce()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync("/announce create channel:#general text:\"週末の交流会、参加者募集中です\" repeat:\"毎週金曜 18:00\"");

        var friday = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
        await bot.AdvanceToAsync(friday);
        await bot.AdvanceToAsync(friday + TimeSpan.FromDays(3));
        await bot.AdvanceToAsync(friday + TimeSpan.FromDays(7));

        Assert.Equal([friday, friday + TimeSpan.FromDays(7)], bot.Sender.Delivered.Select(d => d.At));
        Assert.All(bot.Sender.Delivered, d => Assert.Equal("console:general", d.To));
    }

    [Fact]
    public async Task Cancel_StopsFurtherPosts()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync("/announce create channel:#general text:\"おはようございます\" repeat:\"daily 09:00\"");
        await bot.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Single(bot.Sender.Delivered);

        Assert.Contains("お知らせ 1 を取り消しました", await bot.RunAsync("/announce cancel 1"));
        await bot.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.Single(bot.Sender.Delivered);
        Assert.Contains("すでに取り消しています", await bot.RunAsync("/announce cancel 1"));
    }

    [Theory]
    [InlineData("channel:#general text:\"a\" at:\"いつか\"", "日時「いつか」を読み取れませんでした。例: at:\"2026-12-01 09:00\"")]
    [InlineData("channel:#general text:\"a\" at:\"2026-11-30 09:00\"", "日時「2026-11-30 09:00」はすでに過ぎています")]
    [InlineData("channel:#general text:\"a\" repeat:\"ときどき\"", "くり返し「ときどき」を読み取れませんでした。例: repeat:\"毎日 9:00\"")]
    [InlineData("channel:#general text:\"a\" repeat:\"毎週金曜\"", "くり返し「毎週金曜」に投稿する時刻も入れてください。例: repeat:\"毎週金曜 9:00\"")]
    [InlineData("channel:#general text:\"a\" cron:\"every monday\"", "cron「every monday」を式として読み取れませんでした")]
    [InlineData("channel:#general text:\"a\" cron:\"0 0 9 1 1 ? 2020\"", "これから先に投稿する日時がありません")]
    [InlineData("channel:#random2 text:\"a\" at:\"2026-12-04 18:00\"", "チャンネル #random2 が見つかりませんでした。投稿できるチャンネル: #general")]
    [InlineData("channel:\"two words\" text:\"a\" at:\"2026-12-04 18:00\"", "「two words」をチャンネルとして読み取れませんでした。例: channel:#general")]
    [InlineData("channel:#general text:\"  \" at:\"2026-12-04 18:00\"", "投稿する本文（text）を入れてください")]
    [InlineData("text:\"a\" at:\"2026-12-04 18:00\"", "投稿するチャンネル（channel）を指定してください")]
    [InlineData("channel:#general text:\"a\"", "at（1回だけ）・repeat（くり返し）・cron のどれか1つで指定してください")]
    [InlineData("channel:#general text:\"a\" at:\"2026-12-04 18:00\" repeat:\"毎日 9:00\"", "どれか1つだけ")]
    public async Task Create_BadInput_ExplainsWithAnExampleAndSchedulesNothing(string options, string expected)
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        var reply = await bot.RunAsync($"/announce create {options}");
        Assert.Contains("まだ何も変更していません", reply);
        Assert.Contains(expected, reply);
        Assert.Contains("例: /announce create channel:#general", reply);
        Assert.Contains("予約中のお知らせはありません", await bot.RunAsync("/announce list"));
    }

    [Fact]
    public async Task Announce_NotAnOrganizer_Refused()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        var reply = await bot.RunAsync("/announce create channel:#general text:\"a\" at:\"2026-12-04 18:00\"", "青木", organizer: false);
        Assert.Contains("運営メンバー専用", reply);
        Assert.Contains("予約中のお知らせはありません", await bot.RunAsync("/announce list"));
    }
}
