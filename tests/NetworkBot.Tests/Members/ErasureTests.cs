using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkBot.Storage;
using NetworkBot.Tests.Scheduling;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Members;

/// <summary><c>/profile delete</c> on a real data file: afterwards no stored document names the member.</summary>
public sealed class ErasureTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);
    private const string Member = "小林";
    private const string Email = "kobayashi.erase@example.jp";

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ProfileDelete_AfterRemindersWereSentAndSettingsChosen_LeavesNothingThatNamesTheMember()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync("/event create title:\"まちづくり勉強会\" start:\"2026-12-10 14:00\" capacity:10 reminders:\"7d,1d\"");
        await bot.RunAsync($"/introduce name:\"{Member}\" affiliation:\"消去市 企画課\" email:{Email}", Member, organizer: false);
        await bot.RunAsync("/join 1", Member, organizer: false);
        await bot.RunAsync("/join 1", "青木", organizer: false);
        await bot.AdvanceToAsync(Start - TimeSpan.FromDays(7));
        Assert.Contains(bot.Sender.Delivered, d => d.To == $"console:{Member}");
        await bot.RunAsync("/profile reminders off", Member, organizer: false);
        Assert.Contains(Member, Everything(bot)); // the outbox and the settings hold them now

        var confirm = await bot.RunAsync("/profile delete", Member, organizer: false);
        var erased = await bot.RunAsync("/profile delete confirm:yes", Member, organizer: false);

        Assert.Contains("- リマインドの設定", confirm);
        Assert.Contains("削除しました", erased);
        var stored = Everything(bot);
        Assert.DoesNotContain(Member, stored);
        Assert.DoesNotContain(Email, stored);
        Assert.DoesNotContain("消去市", stored);
        Assert.Contains("console:青木", stored); // others' records stay
        var db = bot.Services.GetRequiredService<LiteDbContext>();
        Assert.Equal(2, db.Registrations.Count()); // the member's registration stays, as a nameless entry
    }

    [Fact]
    public async Task ProfileDelete_OnlyReminderSettings_AsksAndForgetsThem()
    {
        await using var bot = await TestBot.StartAsync(_db.Path, new FakeTimeProvider(Now));
        await bot.RunAsync("/profile reminders off", Member, organizer: false);

        var confirm = await bot.RunAsync("/profile delete", Member, organizer: false);
        await bot.RunAsync("/profile delete confirm:yes", Member, organizer: false);

        Assert.Contains("- リマインドの設定", confirm);
        Assert.Equal(0, bot.Services.GetRequiredService<LiteDbContext>().ReminderPreferences.Count());
    }

    private static string Everything(TestBot bot) => StoredDocuments.All(bot.Services.GetRequiredService<LiteDbContext>());
}
