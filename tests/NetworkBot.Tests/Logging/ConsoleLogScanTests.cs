using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Platform;
using NetworkBot.Tests.Scheduling;

namespace NetworkBot.Tests.Logging;

/// <summary>The console composition with reminders and an announcement delivered, one delivery failing first, every log line read.</summary>
public sealed class ConsoleLogScanTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task RemindersAnnouncementsAndFailures_LogNoPersonalData()
    {
        var failures = 0;
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now), configureSender: s =>
            s.Failure = m => m.ToMember is not null && Interlocked.Increment(ref failures) == 1 ? new DeliveryFailedException(DeliveryFailure.RateLimited, TimeSpan.FromMinutes(1)) : null);
        var member = LogScan.Name.Split(' ')[0];

        await bot.RunAsync("/event create title:\"ログ確認勉強会\" start:\"2026-12-10 14:00\" capacity:1 reminders:\"7d,1d\"");
        await bot.RunAsync($"/introduce name:\"{LogScan.Name}\" affiliation:\"{LogScan.Affiliation}\" email:{LogScan.Email} message:\"{LogScan.IntroductionText}\"", member, organizer: false);
        await bot.RunAsync($"/join 1 email:{LogScan.Email} affiliation:\"{LogScan.Affiliation}\"", member, organizer: false);
        await bot.RunAsync("/join 1", "待機中の人", organizer: false);
        await bot.RunAsync($"/announce create channel:#general text:\"{LogScan.AnnouncementText}\" at:\"2026-12-02 09:00\"");
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)); // the announcement
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero)); // the week-before reminder fails once
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5)); // and goes out on the retry
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 9, 5, 0, 0, TimeSpan.Zero)); // the day-before reminder
        await bot.RunAsync("/leave 1", member, organizer: false);

        Assert.Contains(bot.Sender.Delivered, d => d.Text.Contains(LogScan.AnnouncementText, StringComparison.Ordinal));
        Assert.True(bot.Sender.Delivered.Count(d => d.To == $"console:{member}") >= 2); // both reminders, the first after a failed try
        Assert.Contains(bot.Logs.Lines, l => l.Contains("failed", StringComparison.Ordinal));
        LogScan.AssertClean(bot.Logs.Lines, [.. LogScan.PersonalData, "待機中の人"]);
    }
}
