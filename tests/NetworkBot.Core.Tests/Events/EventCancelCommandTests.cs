using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventCancelCommandTests
{
    private static readonly MemberRef Aoki = TestBot.Member("青木");
    private static readonly MemberRef Smith = TestBot.Member("Smith");

    private readonly TestBot _bot = new();

    [Fact]
    public async Task Cancel_WithoutConfirm_AsksFirstAndChangesNothing()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id}", Aoki);

        var reply = await _bot.ReplyAsync($"/event cancel {e.Id} reason:台風接近", TestBot.Organizer, organizer: true);

        Assert.StartsWith($"「まちづくり勉強会」（番号 {e.Id}）を中止しますか？", ReplyText.Of(reply));
        var button = Assert.Single(ReplyText.Buttons(reply));
        Assert.Equal($"/event cancel {e.Id} reason:\"台風接近\" confirm:yes", button.Command);
        Assert.Equal(ButtonStyle.Danger, button.Style);
        Assert.False(_bot.Events.All.Single().IsCancelled);
        Assert.Empty(_bot.Sent);
    }

    [Fact]
    public async Task Cancel_Confirmed_CancelsAndTellsEveryRegistrantInTheirLanguage()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1));
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        await _bot.RunAsync($"/join {e.Id}", Smith, Language.En);
        await _bot.RunAsync($"/join {e.Id}", TestBot.Member("上田"));
        await _bot.RunAsync($"/leave {e.Id}", TestBot.Member("上田"));

        var text = await _bot.RunAsOrganizerAsync($"/event cancel {e.Id} reason:台風接近 confirm:yes");

        Assert.Equal($"「まちづくり勉強会」（番号 {e.Id}）を中止にしました。登録していた 2名にお知らせしました。", text);
        var stored = _bot.Events.All.Single();
        Assert.True(stored.IsCancelled);
        Assert.Equal("台風接近", stored.CancelReason);
        Assert.StartsWith("【中止のお知らせ】2026年12月5日(土) 14:00開始（13:40開場）〜17:00終了予定の「まちづくり勉強会」は、台風接近のため中止します。",
            Assert.Single(_bot.MessagesTo(Aoki)));
        Assert.StartsWith("[Cancelled] \"まちづくり勉強会\" on Sat, Dec 5, 2026, 14:00–17:00 (doors open 13:40) JST is cancelled (台風接近).",
            Assert.Single(_bot.MessagesTo(Smith)));
        Assert.Equal(2, _bot.Sent.Count);
    }

    [Fact]
    public async Task Cancel_ThenJoinOrLeave_IsRefused()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        await _bot.RunAsOrganizerAsync($"/event cancel {e.Id} confirm:はい");

        var join = await _bot.RunAsync($"/join {e.Id}", Smith, Language.En);
        var leave = await _bot.RunAsync($"/leave {e.Id}", Aoki);

        Assert.Equal("\"まちづくり勉強会\" has been cancelled, so sign-ups and cancellations are closed.", join);
        Assert.Equal("「まちづくり勉強会」は中止になったため、参加登録やキャンセルはできません。", leave);
        Assert.Single(_bot.Registrations.All);
    }

    [Fact]
    public async Task Cancel_Twice_SaysAlreadyCancelledAndTellsNobodyAgain()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        await _bot.RunAsOrganizerAsync($"/event cancel {e.Id} confirm:yes");

        var text = await _bot.RunAsOrganizerAsync($"/event cancel {e.Id} confirm:yes");

        Assert.Equal($"イベント {e.Id} はすでに中止になっています。", text);
        Assert.Single(_bot.Sent);
    }

    [Fact]
    public async Task Cancel_ConfirmButtonCommand_CancelsWithTheSameReason()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        var ask = await _bot.ReplyAsync($"/event cancel {e.Id} reason:\"会場の都合\"", TestBot.Organizer, organizer: true);

        await _bot.RunAsOrganizerAsync(ReplyText.Buttons(ask).Single().Command);

        Assert.Equal("会場の都合", _bot.Events.All.Single().CancelReason);
    }
}
