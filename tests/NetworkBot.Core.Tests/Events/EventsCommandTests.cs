using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventsCommandTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Events_None_SaysSoPolitely()
    {
        var text = await _bot.RunAsync("/events");

        Assert.Equal("いま予定されているイベントはありません。決まりしだいお知らせします。", text);
    }

    [Fact]
    public async Task Events_Several_ListsUpcomingSoonestFirstWithSeatsLeft()
    {
        await SeedAsync();

        var text = await _bot.RunAsync("/events");

        Assert.StartsWith("今後のイベント\n", text);
        Assert.True(text.IndexOf("山形の交流会", StringComparison.Ordinal) < text.IndexOf("仙台の勉強会", StringComparison.Ordinal));
        Assert.True(text.IndexOf("仙台の勉強会", StringComparison.Ordinal) < text.IndexOf("来年の山形勉強会", StringComparison.Ordinal));
        Assert.DoesNotContain("中止した会", text);
        Assert.DoesNotContain("終わった会", text);
        Assert.Contains("**#2 仙台の勉強会**（勉強会）\n📅 2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定\n📍 山形市民会館\n定員 2名（残り1席）", text);
        Assert.Contains("[参加する] /join 2", text);
    }

    [Theory]
    [InlineData("/events 勉強会", "仙台の勉強会,来年の山形勉強会", "山形の交流会")]
    [InlineData("/events kind:meetup", "山形の交流会", "仙台の勉強会,来年の山形勉強会")]
    [InlineData("/events prefecture:miyagi", "今後のイベント（宮城県）,仙台の勉強会", "山形の交流会,来年の山形勉強会")]
    [InlineData("/events week", "山形の交流会", "仙台の勉強会,来年の山形勉強会")]
    [InlineData("/events next week", "山形の交流会", "仙台の勉強会,来年の山形勉強会")]
    [InlineData("/events 期間:all 山形県 study", "来年の山形勉強会", "山形の交流会,仙台の勉強会")]
    public async Task Events_Filtered_ShowsOnlyMatching(string line, string shown, string hidden)
    {
        await SeedAsync();

        var text = await _bot.RunAsync(line);

        foreach (var title in shown.Split(',')) Assert.Contains(title, text);
        foreach (var title in hidden.Split(',')) Assert.DoesNotContain(title, text);
    }

    [Fact]
    public async Task Events_FilterInHeading_IsDescribedInEnglish()
    {
        await SeedAsync();

        var text = await _bot.RunAsync("/events month study yamagata", language: Language.En);

        Assert.StartsWith("No upcoming events match (within a month / Study session / Yamagata).", text);
    }

    [Fact]
    public async Task Events_UnknownFilter_ExplainsWhatWorks()
    {
        var text = await _bot.RunAsync("/events someday");

        Assert.StartsWith("「someday」で絞り込めませんでした。期間（today / week / month）", text);
    }

    private async Task SeedAsync()
    {
        var now = TestBot.Now;
        await _bot.AddEventAsync(SampleEvents.StudySession() with
        {
            Title = "山形の交流会", Kind = EventKind.Meetup, Start = now.AddDays(3), DoorsOpen = null, End = null, Capacity = null,
        });
        var sendai = await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "仙台の勉強会", PrefectureCode = "04" });
        await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "来年の山形勉強会", Start = SampleEvents.Start.AddDays(120), End = null });
        await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "中止した会", Start = now.AddDays(2), IsCancelled = true });
        await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "終わった会", Start = now.AddDays(-1), DoorsOpen = null, End = null });
        await _bot.RunAsync($"/join {sendai.Id}", TestBot.Member("青木"));
    }
}
