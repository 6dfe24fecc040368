using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Tests.Web;

/// <summary>What chat replies link to: the public pages from <c>/event show</c>, the CSV only for organizers.</summary>
public sealed class ChatLinkTests
{
    [Fact]
    public async Task EventShow_LinksTheEventPageItsCalendarFileAndTheWholeCalendar()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");

        var japanese = await app.RunAsync($"/event show {id}", organizer: false);
        var english = await app.RunAsync($"/event show {id}", organizer: false, language: Language.En);

        var links = Assert.Single(japanese.Blocks.OfType<ContextBlock>(), b => b.Text.Contains(".ics", StringComparison.Ordinal)).Text;
        Assert.Contains($"]({PublicWebApp.BaseUrl}/events/{id})", links);
        Assert.Contains($"]({PublicWebApp.BaseUrl}/events/{id}.ics)", links);
        Assert.Contains($"]({PublicWebApp.BaseUrl}/calendar.ics)", links);
        Assert.Contains($"]({PublicWebApp.BaseUrl}/events/{id}?lang=en)", PublicWebApp.AllText(english));
    }

    [Fact]
    public async Task EventAttendees_Member_IsRefusedAndGetsNoLink()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");

        var reply = await app.RunAsync($"/event attendees {id}", organizer: false);

        Assert.DoesNotContain("attendees.csv", PublicWebApp.AllText(reply));
        Assert.Contains("運営メンバー専用", PublicWebApp.AllText(reply));
    }

    [Fact]
    public async Task EventAttendees_Organizer_GetsAPrivateReplyWithTheSignedLink()
    {
        using var app = new PublicWebApp();
        var id = await app.CreateEventAsync("title:\"勉強会\" start:\"2026-12-05 14:00\"");

        var reply = await app.RunAsync($"/event attendees {id}");

        Assert.Equal(ReplyVisibility.OnlyAsker, reply.Visibility);
        Assert.Matches($@"\]\({PublicWebApp.BaseUrl}/events/{id}/attendees\.csv\?expires=\d+&sig=[A-Za-z0-9_-]{{43}}\)", PublicWebApp.AllText(reply));
        Assert.Contains("24時間有効", PublicWebApp.AllText(reply));
    }
}
