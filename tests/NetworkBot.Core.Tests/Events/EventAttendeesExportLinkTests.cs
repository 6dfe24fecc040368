using Moq;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventAttendeesExportLinkTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Attendees_WithExportLinks_AddsTheCsvLinkInTheOrganizersLanguage()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());
        var links = new Mock<IAttendeeExportLinks>();
        links.Setup(l => l.Create(e.Id, Language.En))
            .Returns(new AttendeeExportLink("https://events.example.jp/events/1/attendees.csv?expires=1&sig=x", TimeSpan.FromHours(24)));
        var handler = new EventAttendeesCommand(_bot.Events, _bot.Service, links.Object);
        var context = new CommandContext(TestBot.Organizer, null, Language.En, IsOrganizer: true);

        var reply = await handler.HandleAsync(new BotCommand("event", "attendees", new CommandArguments([e.Id.ToString()], new Dictionary<string, string>()), context), CancellationToken.None);

        var text = ReplyText.Of(reply);
        Assert.Contains("[Download the list as CSV](https://events.example.jp/events/1/attendees.csv?expires=1&sig=x)", text);
        Assert.Contains("works for 24 hours", text);
        links.Verify(l => l.Create(e.Id, Language.En), Times.Once);
    }

    [Fact]
    public async Task Attendees_WithoutExportLinks_HasNoCsvLink()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession());

        var text = await _bot.RunAsOrganizerAsync($"/event attendees {e.Id}");

        Assert.DoesNotContain("CSV", text);
    }
}
