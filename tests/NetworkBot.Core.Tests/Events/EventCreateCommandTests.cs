using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventCreateCommandTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Create_WithOptions_StoresTheEventAndPostsItsCard()
    {
        var reply = await _bot.ReplyAsync(
            "/event create タイトル：「まちづくり勉強会」 start:2026-12-05 14:00 doors:13:40 end:17:00 venue:\"山形市民会館\" capacity:30 fee:無料 prefecture:山形",
            TestBot.Organizer, organizer: true);

        var e = Assert.Single(_bot.Events.All);
        Assert.Equal("まちづくり勉強会", e.Title);
        Assert.Equal(SampleEvents.Start, e.Start);
        Assert.Equal(30, e.Capacity);
        Assert.Equal("console:general", e.ChannelId);
        Assert.Equal(ReplyVisibility.Channel, reply.Visibility);
        var text = ReplyText.Of(reply);
        Assert.StartsWith($"イベント「まちづくり勉強会」を作成しました（番号 {e.Id}）。", text);
        Assert.Contains("日時: 2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定", text);
        Assert.Contains("定員: 定員 30名（残り30席）", text);
        Assert.Contains("参加費: 無料", text);
        Assert.Contains("都道府県: 山形県", text);
        Assert.Contains($"[参加する] /join {e.Id}", text);
    }

    [Fact]
    public async Task Create_InEnglish_ConfirmsInEnglish()
    {
        var text = await _bot.RunAsOrganizerAsync("/event create title:\"Town planning\" start:\"12/5 14:00\" kind:meetup", Language.En);

        Assert.StartsWith("Created \"Town planning\" (event 1).", text);
        Assert.Contains("When: Sat, Dec 5, 2026, 14:00 JST", text);
        Assert.Contains("Kind: Meetup", text);
    }

    [Fact]
    public async Task Create_WithoutOptions_OpensTheForm()
    {
        var reply = await _bot.ReplyAsync("/event create", TestBot.Organizer, organizer: true);

        Assert.NotNull(reply.Form);
        Assert.Equal("/event create", reply.Form.SubmitCommand);
        Assert.Contains(reply.Form.Fields, f => f.Key == EventFields.Title && f.Required);
        Assert.Contains(reply.Form.Fields, f => f.Key == EventFields.Start && f.Required);
        Assert.Empty(_bot.Events.All);
    }

    [Fact]
    public async Task Create_InvalidOptions_ListsEveryProblemAndCreatesNothing()
    {
        var text = await _bot.RunAsOrganizerAsync("/event create title:勉強会 start:2026-02-30 14:00 capacity:0 prefecture:山型");

        Assert.StartsWith("入力に確認してほしい点があります（まだ何も変更していません）。", text);
        Assert.Contains("- 開始日時（start）の「2026-02-30 14:00」を日時として読み取れませんでした。", text);
        Assert.Contains("- 定員（capacity）の「0」は1以上の数で指定してください。", text);
        Assert.Contains("- 都道府県「山型」が見つかりませんでした。もしかして: 山形県", text);
        Assert.Contains("例: `/event create title:", text);
        Assert.Empty(_bot.Events.All);
    }

    [Fact]
    public async Task Create_StrayWords_AsksForKeyValue()
    {
        var text = await _bot.RunAsOrganizerAsync("/event create 勉強会 start:\"2026-12-05 14:00\"");

        Assert.StartsWith("「勉強会」をどの項目として扱えばよいか分かりませんでした。`項目:値` の形で書いてください", text);
        Assert.Empty(_bot.Events.All);
    }

    [Fact]
    public async Task Create_ByMember_IsRefusedAndCreatesNothing()
    {
        var text = await _bot.RunAsync("/event create title:勉強会 start:\"2026-12-05 14:00\"");

        Assert.Equal("/event create は運営メンバー専用のコマンドです。必要なときは運営の方に声をかけてください。", text);
        Assert.Empty(_bot.Events.All);
    }
}
