using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventEditCommandTests
{
    private static readonly MemberRef Aoki = TestBot.Member("青木");
    private static readonly MemberRef Smith = TestBot.Member("Smith");
    private static readonly MemberRef Ueda = TestBot.Member("上田");

    private readonly TestBot _bot = new();

    [Fact]
    public async Task Edit_CapacityRaised_PromotesWaitlistedAndTellsThem()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1));
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        await _bot.RunAsync($"/join {e.Id}", Smith, Language.En);
        await _bot.RunAsync($"/join {e.Id}", Ueda);

        var text = await _bot.RunAsOrganizerAsync($"/event edit {e.Id} 定員:2");

        Assert.StartsWith($"イベント {e.Id} を更新しました（定員）。", text);
        Assert.Contains("定員: 定員 2名・満席（補欠 1名）", text);
        Assert.StartsWith("Good news, Smith!", Assert.Single(_bot.MessagesTo(Smith)));
        Assert.Empty(_bot.MessagesTo(Ueda));
        Assert.Empty(_bot.MessagesTo(Aoki));
        Assert.Equal(2, _bot.Events.All.Single().Capacity);
    }

    [Fact]
    public async Task Edit_VenueChanged_TellsEveryRegistrantInTheirLanguage()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1));
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        await _bot.RunAsync($"/join {e.Id}", Smith, Language.En);

        var text = await _bot.RunAsOrganizerAsync($"/event edit {e.Id} venue:「山形駅西口 会議室」");

        Assert.StartsWith($"イベント {e.Id} を更新しました（会場）。登録している 2名にお知らせしました。", text);
        Assert.StartsWith("【変更のお知らせ】「まちづくり勉強会」の内容が変わりました。", Assert.Single(_bot.MessagesTo(Aoki)));
        var english = Assert.Single(_bot.MessagesTo(Smith));
        Assert.StartsWith("[Update] \"まちづくり勉強会\" has changed.", english);
        Assert.Contains("📍 山形駅西口 会議室", english);
    }

    [Fact]
    public async Task Edit_SameValues_SaysUnchangedAndTellsNobody()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));
        await _bot.RunAsync($"/join {e.Id}", Aoki);

        var text = await _bot.RunAsOrganizerAsync($"/event edit {e.Id} capacity:2", Language.En);

        Assert.Equal($"Event {e.Id} is unchanged.", text);
        Assert.Empty(_bot.Sent);
    }

    [Fact]
    public async Task Edit_InvalidValue_ChangesNothing()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));

        var text = await _bot.RunAsOrganizerAsync($"/event edit {e.Id} capacity:abc end:10:00");

        Assert.Contains("- 定員（capacity）の「abc」は1以上の数で指定してください。", text);
        Assert.Contains("- 終了（end）は開始より後の時刻にしてください。", text);
        Assert.Equal([e], _bot.Events.All);
    }

    [Fact]
    public async Task Edit_WithoutOptions_OpensTheFormFilledIn()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));

        var reply = await _bot.ReplyAsync($"/event edit {e.Id}", TestBot.Organizer, organizer: true);

        Assert.Equal($"/event edit {e.Id}", reply.Form!.SubmitCommand);
        Assert.Equal("2026-12-05 14:00", reply.Form.Fields.Single(f => f.Key == EventFields.Start).Value);
        Assert.Equal("2", reply.Form.Fields.Single(f => f.Key == EventFields.Capacity).Value);
    }

    [Fact]
    public async Task Edit_CancelledEvent_IsRefused()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession() with { IsCancelled = true });

        var text = await _bot.RunAsOrganizerAsync($"/event edit {e.Id} capacity:50");

        Assert.Equal($"イベント {e.Id} はすでに中止になっています。", text);
        Assert.Equal(2, _bot.Events.All.Single().Capacity);
    }
}
