using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Localization;

public class DateAndMoneyFormattingTests
{
    private static readonly EventCards Cards = new(BotSettings.Default);

    [Fact]
    public void When_JapaneseWithDoors_ReadsStartThenDoors()
    {
        var e = SampleEvents.StudySession() with { End = null };

        Assert.Equal("2026年12月5日(土) 14:00開始（13:40開場）", Cards.When(e, Texts.Japanese));
    }

    [Fact]
    public void When_JapaneseWithEndSameDay_AddsEndTime()
    {
        var e = SampleEvents.StudySession();

        Assert.Equal("2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定", Cards.When(e, Texts.Japanese));
    }

    [Fact]
    public void When_JapaneseEndingNextDay_RepeatsTheDate()
    {
        var e = SampleEvents.StudySession() with { DoorsOpen = null, End = SampleEvents.Start.AddHours(20) };

        Assert.Equal("2026年12月5日(土) 14:00開始〜2026年12月6日(日) 10:00終了予定", Cards.When(e, Texts.Japanese));
    }

    [Fact]
    public void When_InstantStoredInUtc_IsShownInJapanTime()
    {
        var e = SampleEvents.StudySession() with { Start = new DateTimeOffset(2026, 12, 5, 0, 30, 0, TimeSpan.Zero), DoorsOpen = null, End = null };

        Assert.Equal("2026年12月5日(土) 9:30開始", Cards.When(e, Texts.Japanese));
    }

    [Fact]
    public void When_EnglishWithEnd_ShowsTheRange()
    {
        var e = SampleEvents.StudySession();

        Assert.Equal("Sat, Dec 5, 2026, 14:00–17:00 (doors open 13:40) JST", Cards.When(e, Texts.English));
    }

    [Theory]
    [InlineData(Language.Ja, 5000, "5,000円")]
    [InlineData(Language.En, 12000, "¥12,000")]
    public void Yen_Amount_IsWrittenTheLocalWay(Language language, int yen, string expected)
    {
        Assert.Equal(expected, Texts.For(language).Yen(yen));
    }

    [Theory]
    [InlineData(Language.Ja, 2, 2, 1, "定員 2名・満席（補欠 1名）")]
    [InlineData(Language.En, 2, 2, 1, "2 seats, full (1 on the waitlist)")]
    public void Capacity_SeatsAndWaitlist_AreSpelledOut(Language language, int? capacity, int going, int waiting, string expected)
    {
        Assert.Equal(expected, Texts.For(language).Capacity(capacity, going, waiting));
    }

}
