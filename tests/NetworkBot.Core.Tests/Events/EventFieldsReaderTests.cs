using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventFieldsReaderTests
{
    private const string Valid = "title:\"まちづくり勉強会\" start:\"2026-12-05 14:00\"";

    private readonly EventFieldsReader _reader = new(BotSettings.Default);

    [Fact]
    public void Read_CreateWithTitleAndStart_BuildsTheEvent()
    {
        var result = Create($"{Valid} doors:13:40 end:17:00 venue:\"市民会館\" capacity:30名 fee:無料 prefecture:山形 kind:交流会");

        Assert.True(result.IsValid);
        var e = result.Event!;
        Assert.Equal("まちづくり勉強会", e.Title);
        Assert.Equal(SampleEvents.Start, e.Start);
        Assert.Equal(SampleEvents.Start.AddMinutes(-20), e.DoorsOpen);
        Assert.Equal(SampleEvents.Start.AddHours(3), e.End);
        Assert.Equal(30, e.Capacity);
        Assert.Equal(0, e.FeeYen);
        Assert.Equal("06", e.PrefectureCode);
        Assert.Equal(EventKind.Meetup, e.Kind);
        Assert.Equal("console:後藤", e.CreatedBy);
        Assert.Null(e.AfterParty);
    }

    [Fact]
    public void Read_CreateWithPartyOptions_AddsTheAfterParty()
    {
        var result = Create($"{Valid} end:17:00 party:yes party_start:17:30 party_capacity:20 party_fee:4000");

        var party = result.Event!.AfterParty!;
        Assert.Equal(SampleEvents.Start.AddHours(3.5), party.Start);
        Assert.Equal(20, party.Capacity);
        Assert.Equal(4000, party.FeeYen);
    }

    [Fact]
    public void Read_DeadlineDateAlone_ClosesAtTheEndOfThatDay()
    {
        var result = Create($"{Valid} deadline:2026-12-03");

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 23, 59, 0, SampleEvents.Jst), result.Event!.Deadline);
    }

    [Theory]
    [InlineData("title:\"勉強会\"", "開始日時（start）を入れてください")]
    [InlineData("start:\"2026-12-05 14:00\"", "タイトル（title）を入れてください")]
    [InlineData("start:\"2026-13-45 14:00\" title:x", "開始日時（start）の「2026-13-45 14:00」を日時として読み取れませんでした")]
    [InlineData("start:\"2026-10-01 14:00\" title:x", "すでに過ぎています")]
    [InlineData(Valid + " capacity:0", "定員（capacity）の「0」は1以上の数で")]
    [InlineData(Valid + " capacity:-1", "定員（capacity）の「-1」は1以上の数で")]
    [InlineData(Valid + " capacity:abc", "定員（capacity）の「abc」は1以上の数で")]
    [InlineData(Valid + " deadline:\"2026-12-06 12:00\"", "申込締切（deadline）は開始日時より前に")]
    [InlineData(Valid + " end:13:00", "終了（end）は開始より後の時刻に")]
    [InlineData(Valid + " end:\"2026-12-04 17:00\"", "終了（end）は開始より後の時刻に")]
    [InlineData(Valid + " doors:14:30", "開場（doors）は開始と同じか、開始より前")]
    [InlineData(Valid + " end:17:00 party_start:13:00", "懇親会の開始（party_start）はイベントの開始より後")]
    [InlineData(Valid + " colour:red", "「colour」という項目はありません。使える項目: title, kind, start")]
    [InlineData(Valid + " url:ftp://example.jp", "http:// か https:// で始まる")]
    [InlineData(Valid + " prefecture:山型", "都道府県「山型」が見つかりませんでした。もしかして: 山形県")]
    public void Read_InvalidInput_GivesAMessageAndNoEvent(string text, string expectedMessage)
    {
        var result = Create(text);

        Assert.False(result.IsValid);
        Assert.Null(result.Event);
        Assert.Contains(result.Errors, error => error.Contains(expectedMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEachOfThem()
    {
        var result = Create("capacity:abc colour:red");

        Assert.Null(result.Event);
        Assert.Equal(4, result.Errors.Count);
    }

    [Fact]
    public void Read_InvalidInEnglish_ExplainsInEnglish()
    {
        var result = Create($"{Valid} capacity:0 prefecture:yamagta", Texts.English);

        Assert.Contains(result.Errors, e => e.StartsWith("Capacity (capacity) must be a number of 1 or more (got \"0\").", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("I do not know the prefecture \"yamagta\". Did you mean: Yamagata", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EditCapacity_ReportsOnlyThatKeyAsChanged()
    {
        var existing = SampleEvents.StudySession(capacity: 2) with { Id = 4 };

        var result = _reader.Read(existing, Parse("capacity:40"), "console:後藤", null, TestBot.Now, Texts.Japanese);

        Assert.True(result.IsValid);
        Assert.Equal([EventFields.Capacity], result.ChangedKeys);
        Assert.Equal(40, result.Event!.Capacity);
        Assert.Equal(existing.Title, result.Event.Title);
        Assert.Equal(4, result.Event.Id);
    }

    [Fact]
    public void Read_EditPartyNo_RemovesTheAfterParty()
    {
        var existing = SampleEvents.StudySession(afterParty: SampleEvents.Party()) with { Id = 4 };

        var result = _reader.Read(existing, Parse("party:no"), "console:後藤", null, TestBot.Now, Texts.Japanese);

        Assert.Null(result.Event!.AfterParty);
        Assert.Contains(EventFields.Party, result.ChangedKeys);
    }

    private EventFieldsResult Create(string text, Texts? texts = null) =>
        _reader.Read(null, Parse(text), "console:後藤", "console:general", TestBot.Now, texts ?? Texts.Japanese);

    private static CommandArguments Parse(string text) => CommandTextParser.ParseArguments(text);
}
