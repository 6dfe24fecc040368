using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class RegistrationServiceTests
{
    [Fact]
    public async Task JoinAsync_ManyAtOnce_FillsExactlyTheSeatsAndWaitlistsTheRest()
    {
        var bot = new TestBot();
        var e = await bot.AddEventAsync(SampleEvents.StudySession(capacity: 20));
        var members = Enumerable.Range(1, 60).Select(i => TestBot.Member($"member{i}")).ToList();

        await Task.WhenAll(members.Select(m => Task.Run(() =>
            bot.Service.JoinAsync(e.Id, m, Language.Ja, new RegistrationDetails(m.DisplayName, null, null), null, CancellationToken.None))));

        var roster = (await bot.Service.GetRosterAsync(e.Id, CancellationToken.None))!;
        Assert.Equal(20, roster.Going.Count);
        Assert.Equal(40, roster.Waitlist.Count);
        Assert.Equal(60, bot.Registrations.All.Select(r => r.MemberId).Distinct().Count());
        Assert.Equal(60, bot.Registrations.All.Select(r => r.Sequence).Distinct().Count());
    }
}
