using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class LeaveCommandTests
{
    private static readonly MemberRef Aoki = TestBot.Member("青木");
    private static readonly MemberRef Smith = TestBot.Member("Smith");
    private static readonly MemberRef Ueda = TestBot.Member("上田");

    private readonly TestBot _bot = new();

    [Fact]
    public async Task Leave_Registered_ThanksAndCancels()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id}", Aoki);

        var text = await _bot.RunAsync($"/leave {e.Id}", Aoki);

        Assert.StartsWith("「まちづくり勉強会」のキャンセルを受け付けました。ご連絡ありがとうございます。", text);
        Assert.Equal(RegistrationStatus.Cancelled, Assert.Single(_bot.Registrations.All).Status);
        Assert.Empty(_bot.Sent);
    }

    [Fact]
    public async Task Leave_FullEvent_PromotesFirstWaiterAndTellsThemInTheirLanguage()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1));
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        await _bot.RunAsync($"/join {e.Id}", Smith, Language.En);
        await _bot.RunAsync($"/join {e.Id}", Ueda);

        await _bot.RunAsync($"/leave {e.Id}", Aoki);

        var message = Assert.Single(_bot.Sent);
        Assert.Equal(Smith.Id, message.ToMember!.Id);
        var text = ReplyText.Of(message.Content);
        Assert.StartsWith("Good news, Smith! A seat opened up and you are now going to \"まちづくり勉強会\".", text);
        Assert.Contains("📅 Sat, Dec 5, 2026, 14:00–17:00 (doors open 13:40) JST", text);
        Assert.Contains($"/leave {e.Id}", text);
        Assert.Empty(_bot.MessagesTo(Ueda));
    }

    [Fact]
    public async Task Leave_NotRegistered_SaysSoAndHowToJoin()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        var text = await _bot.RunAsync($"/leave {e.Id}", Smith, Language.En);

        Assert.Equal($"You are not registered for \"まちづくり勉強会\". To sign up, type /join {e.Id}.", text);
        Assert.Equal(0, _bot.Registrations.Writes);
    }

    [Fact]
    public async Task Leave_AfterStart_IsRefusedAndKeepsTheSeat()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id}", Aoki);
        _bot.Time.SetUtcNow(SampleEvents.Start.AddMinutes(10));

        var text = await _bot.RunAsync($"/leave {e.Id}", Aoki);

        Assert.Equal("「まちづくり勉強会」はすでに始まっているため、受付を終了しています。", text);
        Assert.Equal(RegistrationStatus.Going, Assert.Single(_bot.Registrations.All).Status);
    }

    [Fact]
    public async Task JoinPartyNo_FullAfterParty_PromotesNextPartyWaiterAndTellsThem()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 10, afterParty: SampleEvents.Party(capacity: 1)));
        await _bot.RunAsync($"/join {e.Id} party:yes", Aoki);
        await _bot.RunAsync($"/join {e.Id} party:yes", Ueda);

        var reply = await _bot.RunAsync($"/join {e.Id} party:no", Aoki);

        Assert.Contains("懇親会：不参加", reply);
        var text = Assert.Single(_bot.MessagesTo(Ueda));
        Assert.StartsWith("お待たせしました！上田さんは「まちづくり勉強会」の懇親会の参加者に繰り上がりました。", text);
        Assert.Contains("懇親会：17:30〜 駅前の居酒屋（会費 4,000円／定員 1名・満席（補欠 0名））", text);
        var ueda = _bot.Registrations.All.Single(r => r.MemberId == Ueda.Id);
        Assert.Equal(PartyStatus.Going, ueda.Party);
    }
}
