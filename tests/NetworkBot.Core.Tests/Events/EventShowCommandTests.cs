using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventShowCommandTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Show_EventWithAfterParty_ShowsEveryDetailAndButtons()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2, afterParty: SampleEvents.Party(capacity: 10)));

        var text = await _bot.RunAsync($"/event show {e.Id}");

        Assert.Equal(
            $"""
            #{e.Id} まちづくり勉強会
            日時: 2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定
            種別: 勉強会
            会場: 山形市民会館
            定員: 定員 2名（残り2席）
            参加費: 無料
            懇親会: 17:30〜 駅前の居酒屋（会費 4,000円／定員 10名（残り10席））
            都道府県: 山形県
            [参加する] /join {e.Id}  [懇親会にも参加] /join {e.Id} party:yes  [キャンセルする] /leave {e.Id}
            イベント番号 {e.Id}　参加: /join {e.Id}　キャンセル: /leave {e.Id}
            [ウェブページ](http://localhost:5080/events/{e.Id})・[カレンダーに追加 (.ics)](http://localhost:5080/events/{e.Id}.ics)・[すべての予定を購読](http://localhost:5080/calendar.ics)
            """,
            text);
    }

    [Fact]
    public async Task Show_InEnglish_UsesEnglishLabels()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));

        var text = await _bot.RunAsync($"/event show {e.Id}", language: Language.En);

        Assert.Contains("When: Sat, Dec 5, 2026, 14:00–17:00 (doors open 13:40) JST", text);
        Assert.Contains("Capacity: 2 seats (2 left)", text);
        Assert.Contains("Prefecture: Yamagata", text);
    }
}
