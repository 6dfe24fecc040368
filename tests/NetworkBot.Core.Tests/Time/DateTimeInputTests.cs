using Microsoft.Extensions.Time.Testing;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Time;

namespace NetworkBot.Core.Tests.Time;

public class DateTimeInputTests
{
    private static readonly TimeZoneInfo Tokyo = BotSettings.Default.TimeZone;
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>Sunday 1 November 2026, 10:00 in Japan.</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 1, 10, 0, 0, Jst));

    private static readonly DateTimeOffset December5At14 = new(2026, 12, 5, 14, 0, 0, Jst);

    [Theory]
    [InlineData("2026-12-05 14:00")]
    [InlineData("2026/12/5 14:00")]
    [InlineData("2026-12-05T14:00")]
    [InlineData("12/5 14:00")]
    [InlineData("2026年12月5日 14:00")]
    [InlineData("令和8年12月5日 14時")]
    [InlineData("令和８年１２月５日　１４時００分")]
    [InlineData("2026年12月5日（土）14:00")]
    public void ParseDateTime_Valid_ReadsTheTimeInJapan(string text)
    {
        var parsed = DateTimeInput.ParseDateTime(text, Clock.GetUtcNow(), Tokyo);

        Assert.Equal(December5At14, parsed);
    }

    [Theory]
    [InlineData("2026-02-30 14:00")]
    [InlineData("2/30 14:00")]
    [InlineData("2026-12-05 25:00")]
    [InlineData("2026-12-05")]
    public void ParseDateTime_Invalid_ReturnsNull(string text)
    {
        Assert.Null(DateTimeInput.ParseDateTime(text, Clock.GetUtcNow(), Tokyo));
    }

    [Theory]
    [InlineData("2026年12月5日 14時半", "2026-12-05 14:30")]
    [InlineData("令和元年5月1日 10:00", "2019-05-01 10:00")]
    public void ParseDateTime_HalfPastAndFirstReiwaYear_AreRead(string text, string expectedLocal)
    {
        var parsed = DateTimeInput.ParseDateTime(text, Clock.GetUtcNow(), Tokyo);

        Assert.Equal(expectedLocal, parsed?.ToOffset(Jst).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ParseDateTime_NoYearDateAlreadyPassed_IsNextYear()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 10, 9, 0, 0, Jst));

        var parsed = DateTimeInput.ParseDateTime("12/5 14:00", clock.GetUtcNow(), Tokyo);

        Assert.Equal(new DateTimeOffset(2027, 12, 5, 14, 0, 0, Jst), parsed);
    }

    [Fact]
    public void ParseDateTime_NoYearJustAfterMidnightInJapan_UsesTheJapaneseDate()
    {
        // 15:30 UTC on 31 December is already New Year's Day in Japan: 12/31 has passed there.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero));

        var parsed = DateTimeInput.ParseDateTime("12/31 10:00", clock.GetUtcNow(), Tokyo);

        Assert.Equal(new DateTimeOffset(2027, 12, 31, 10, 0, 0, Jst), parsed);
    }

    [Fact]
    public void ParseDateTime_NoYearLeapDay_IsTheNextLeapYear()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, Jst));

        var parsed = DateTimeInput.ParseDateTime("2/29 14:00", clock.GetUtcNow(), Tokyo);

        Assert.Equal(new DateTimeOffset(2028, 2, 29, 14, 0, 0, Jst), parsed);
    }

    [Fact]
    public void ParseDateTime_DateAloneWithDefaultTime_UsesTheDefault()
    {
        var parsed = DateTimeInput.ParseDateTime("2026-12-03", Clock.GetUtcNow(), Tokyo, defaultTime: new TimeSpan(23, 59, 0));

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 23, 59, 0, Jst), parsed);
    }

    [Theory]
    [InlineData("13:40", 13, 40)]
    [InlineData("13時40分", 13, 40)]
    [InlineData("１３：４０", 13, 40)]
    public void ParseTimeOfDay_Valid_ReadsHoursAndMinutes(string text, int hours, int minutes)
    {
        Assert.Equal(new TimeSpan(hours, minutes, 0), DateTimeInput.ParseTimeOfDay(text));
    }

    [Theory]
    [InlineData("25:00")]
    public void ParseTimeOfDay_Invalid_ReturnsNull(string text)
    {
        Assert.Null(DateTimeInput.ParseTimeOfDay(text));
    }

    [Fact]
    public void ParseNear_EndTimeAlone_IsOnTheDayOfTheStart()
    {
        var end = DateTimeInput.ParseNear("17:00", December5At14, Clock.GetUtcNow(), Tokyo, mayBeBefore: false);

        Assert.Equal(December5At14.AddHours(3), end);
    }

    [Fact]
    public void ParseNear_DoorsTimeAlone_MayBeBeforeTheStart()
    {
        var doors = DateTimeInput.ParseNear("13:40", December5At14, Clock.GetUtcNow(), Tokyo, mayBeBefore: true);

        Assert.Equal(December5At14.AddMinutes(-20), doors);
    }

    [Fact]
    public void ParseNear_TimePastMidnight_IsTheNextDay()
    {
        var partyEnd = DateTimeInput.ParseNear("1:00", December5At14.AddHours(7), Clock.GetUtcNow(), Tokyo, mayBeBefore: false);

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 1, 0, 0, Jst), partyEnd);
    }

    [Fact]
    public void ParseNear_TimeFarBeforeTheAnchor_StaysOnThatDaySoItCanBeRefused()
    {
        var end = DateTimeInput.ParseNear("13:00", December5At14, Clock.GetUtcNow(), Tokyo, mayBeBefore: false);

        Assert.Equal(December5At14.AddHours(-1), end);
    }
}
