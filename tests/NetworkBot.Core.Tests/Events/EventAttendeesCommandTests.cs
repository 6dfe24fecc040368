using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventAttendeesCommandTests
{
    private const string Email = "aoki@example.jp";
    private static readonly MemberRef Aoki = TestBot.Member("青木");

    private readonly TestBot _bot = new();

    [Fact]
    public async Task Attendees_ForOrganizer_ListsGoingWaitlistAndPartyWithEmail()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 1, afterParty: SampleEvents.Party(capacity: 1)));
        await _bot.RunAsync($"/join {e.Id} party:yes affiliation:\"山形市 企画課\" email:{Email}", Aoki);
        await _bot.RunAsync($"/join {e.Id} party:yes", TestBot.Member("伊藤"));

        var text = await _bot.RunAsOrganizerAsync($"/event attendees {e.Id}");

        Assert.Equal(
            $"""
            #{e.Id} まちづくり勉強会 の名簿
            **参加者 1/1名**
            1. 青木さん（山形市 企画課） {Email}　懇親会: 参加
            **補欠 1名**
            1. 伊藤さん　懇親会: 補欠
            **懇親会 1/1名**
            1. 青木さん（山形市 企画課） {Email}　懇親会: 参加
            **懇親会の補欠 1名**
            1. 伊藤さん　懇親会: 補欠
            """,
            text);
    }

    [Fact]
    public async Task Attendees_Empty_SaysNobodyYetInEnglish()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 5));

        var text = await _bot.RunAsOrganizerAsync($"/event attendees {e.Id}", Language.En);

        Assert.Contains("**Going 0/5**\n(nobody yet)", text);
        Assert.Contains("**Waitlist 0**\n(nobody yet)", text);
        Assert.DoesNotContain("After-party", text);
    }

    [Fact]
    public async Task EmailIsShownOnlyInAttendees_NotInShowOrEvents()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id} email:{Email}", Aoki);

        var show = await _bot.RunAsOrganizerAsync($"/event show {e.Id}");
        var list = await _bot.RunAsOrganizerAsync("/events");
        var attendees = await _bot.RunAsOrganizerAsync($"/event attendees {e.Id}");

        Assert.DoesNotContain(Email, show);
        Assert.DoesNotContain(Email, list);
        Assert.Contains(Email, attendees);
    }

    [Fact]
    public async Task Attendees_ByMember_IsRefusedWithoutShowingAnyone()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        await _bot.RunAsync($"/join {e.Id} email:{Email}", Aoki);

        var text = await _bot.RunAsync($"/event attendees {e.Id}", Aoki);

        Assert.Equal("/event attendees は運営メンバー専用のコマンドです。必要なときは運営の方に声をかけてください。", text);
    }
}
