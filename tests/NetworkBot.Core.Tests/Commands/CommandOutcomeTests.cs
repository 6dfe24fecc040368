using NetworkBot.Core.Commands;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Commands;

/// <summary>Each reply says how its command ended, so that logs and metrics can tell refusals and typos from successes.</summary>
public class CommandOutcomeTests
{
    [Theory]
    [InlineData("/events", false, CommandOutcome.Ok)]
    [InlineData("/help", false, CommandOutcome.Ok)]
    [InlineData("/event show 1", false, CommandOutcome.Ok)]
    [InlineData("/join 1", false, CommandOutcome.Ok)]
    [InlineData("/event attendees 1", true, CommandOutcome.Ok)]
    [InlineData("/event attendees 1", false, CommandOutcome.Refused)]
    [InlineData("/event create title:x", false, CommandOutcome.Refused)]
    [InlineData("/frobnicate", false, CommandOutcome.InvalidInput)]
    [InlineData("/event frobnicate", false, CommandOutcome.InvalidInput)]
    [InlineData("/event show", false, CommandOutcome.InvalidInput)]
    [InlineData("/event show abc", false, CommandOutcome.InvalidInput)]
    [InlineData("/event show 99", false, CommandOutcome.InvalidInput)]
    [InlineData("/join 1 party:maybe", false, CommandOutcome.InvalidInput)]
    [InlineData("/leave 99", false, CommandOutcome.InvalidInput)]
    [InlineData("/events nextcentury", false, CommandOutcome.InvalidInput)]
    [InlineData("/event create title:x capacity:many", true, CommandOutcome.InvalidInput)]
    public async Task Dispatch_Reply_CarriesTheOutcome(string line, bool organizer, CommandOutcome expected)
    {
        var bot = new TestBot();
        await bot.AddEventAsync(SampleEvents.StudySession());

        var reply = await bot.ReplyAsync(line, organizer ? TestBot.Organizer : null, organizer: organizer);

        Assert.Equal(expected, reply.Outcome);
    }
}
