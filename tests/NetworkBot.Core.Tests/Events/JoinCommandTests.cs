using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class JoinCommandTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Join_SeatLeft_ThanksInJapaneseWithTimeAndPlace()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        var reply = await _bot.ReplyAsync($"/join {e.Id}");

        var text = ReplyText.Of(reply);
        Assert.StartsWith("佐藤さん、「まちづくり勉強会」への参加登録ありがとうございます！", text);
        Assert.Contains("📅 2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定", text);
        Assert.Contains("📍 山形市民会館", text);
        Assert.Contains(ReplyText.Buttons(reply), b => b.Command == $"/leave {e.Id}");
        Assert.Equal(RegistrationStatus.Going, Assert.Single(_bot.Registrations.All).Status);
    }

    [Fact]
    public async Task Join_SeatLeft_ThanksInEnglish()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        var text = await _bot.RunAsync($"/join {e.Id}", TestBot.Member("Smith"), Language.En);

        Assert.StartsWith("Thanks for signing up for \"まちづくり勉強会\", Smith!", text);
        Assert.Contains("📅 Sat, Dec 5, 2026, 14:00–17:00 (doors open 13:40) JST", text);
        Assert.Equal(Language.En, Assert.Single(_bot.Registrations.All).Language);
    }

    [Fact]
    public async Task Join_EventFull_TellsWaitlistPosition()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1));
        await _bot.RunAsync($"/join {e.Id}", TestBot.Member("青木"));
        await _bot.RunAsync($"/join {e.Id}", TestBot.Member("伊藤"));

        var text = await _bot.RunAsync($"/join {e.Id}", TestBot.Member("上田"));

        Assert.StartsWith("「まちづくり勉強会」はただいま定員に達しているため、上田さんは補欠（2番目）で登録しました。", text);
    }

    [Fact]
    public async Task Join_Twice_SaysAlreadyRegisteredAndSavesNothing()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id}");
        var before = _bot.Registrations.All;
        var writes = _bot.Registrations.Writes;

        var text = await _bot.RunAsync($"/join #{e.Id}");

        Assert.Equal("「まちづくり勉強会」には参加登録済みです。当日お会いできるのを楽しみにしています。", text.Split('\n')[0]);
        Assert.Equal(writes, _bot.Registrations.Writes);
        Assert.Equal(before, _bot.Registrations.All);
    }

    [Fact]
    public async Task Join_WithDetails_StoresThem()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        await _bot.RunAsync($"/join {e.Id} 名前:「山田 太郎」 所属：\"○○市 企画課\" email:taro@example.jp");

        var registration = Assert.Single(_bot.Registrations.All);
        Assert.Equal("山田 太郎", registration.Name);
        Assert.Equal("○○市 企画課", registration.Affiliation);
        Assert.Equal("taro@example.jp", registration.Email);
    }

    [Theory]
    [InlineData("email:taro@", "メールアドレス「taro@」の形が正しくないようです")]
    [InlineData("party:maybe", "懇親会（party）の「maybe」は yes か no")]
    public async Task Join_InvalidDetails_RefusesAndSavesNothing(string options, string expected)
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(afterParty: SampleEvents.Party()));

        var text = await _bot.RunAsync($"/join {e.Id} {options}");

        Assert.StartsWith("入力に確認してほしい点があります（まだ何も変更していません）。", text);
        Assert.Contains(expected, text);
        Assert.Empty(_bot.Registrations.All);
    }

    [Theory]
    [InlineData("/join", "イベントの番号を指定してください。例: `/join 3 party:yes`")]
    [InlineData("/join 42", "番号 42 のイベントは見つかりませんでした。")]
    public async Task Join_MissingOrUnknownEvent_ExplainsWhatToType(string line, string expected)
    {
        await _bot.AddEventAsync(SampleEvents.StudySession());

        var text = await _bot.RunAsync(line);

        Assert.StartsWith(expected, text);
        Assert.Empty(_bot.Registrations.All);
    }

    [Fact]
    public async Task Join_AfterDeadline_IsClosed()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession() with { Deadline = SampleEvents.Start.AddDays(-2) });
        _bot.Time.SetUtcNow(SampleEvents.Start.AddDays(-1));

        var text = await _bot.RunAsync($"/join {e.Id}");

        Assert.Equal("「まちづくり勉強会」は申込締切を過ぎたため、受付を終了しています。ご相談は運営までどうぞ。", text);
        Assert.Empty(_bot.Registrations.All);
    }

    [Fact]
    public async Task Join_OnceStarted_IsClosedInEnglish()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        _bot.Time.SetUtcNow(SampleEvents.Start.AddMinutes(1));

        var text = await _bot.RunAsync($"/join {e.Id}", language: Language.En);

        Assert.Equal("\"まちづくり勉強会\" has already started, so registration is closed.", text);
    }

    [Fact]
    public async Task Join_PartyYesWithoutAfterParty_SaysThereIsNone()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        var text = await _bot.RunAsync($"/join {e.Id} party:yes");

        Assert.StartsWith("「まちづくり勉強会」には懇親会の予定がありません（まだ何も変更していません）。", text);
        Assert.Empty(_bot.Registrations.All);
    }

    [Fact]
    public async Task Join_PartyYes_ShowsAfterPartyLineWithFee()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(afterParty: SampleEvents.Party()));

        var text = await _bot.RunAsync($"/join {e.Id} 懇親会:参加");

        Assert.Contains("懇親会：参加（会費 4,000円）", text);
        Assert.Equal(PartyStatus.Going, Assert.Single(_bot.Registrations.All).Party);
    }

    [Fact]
    public async Task Join_AfterPartyFull_WaitlistsForThePartyInEnglish()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 10, afterParty: SampleEvents.Party(capacity: 1)));
        await _bot.RunAsync($"/join {e.Id} party:yes", TestBot.Member("青木"));

        var text = await _bot.RunAsync($"/join {e.Id} party:yes", TestBot.Member("Smith"), Language.En);

        Assert.Contains("After-party: waitlist (number 1).", text);
    }
}
