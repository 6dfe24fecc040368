using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;
using Xunit.Abstractions;

namespace NetworkBot.Tests.Reliability;

/// <summary>
/// The service killed with SIGKILL in the middle of a burst of joins, at several points, each time restarted on the
/// same (encrypted) file: it starts (the file passes its check), every acknowledged join is there, no event is over-filled.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Seats = 180;
    private const int JoinsPerRound = 300;
    private const int Parallel = 16;

    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task KillDuringJoinBurst_RestartKeepsEveryAcknowledgedJoinAndNoEventOverfills()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        int[] killAfterAcknowledged = [30, 120, 210];
        var eventIds = new List<int>();
        foreach (var _ in killAfterAcknowledged) eventIds.Add(await ServiceRun.AddEventAsync(_file.Path, Seats));
        var bursts = new List<SlackJoinBurst>();

        // Each round starts the service on the file the previous round's kill left behind: starting at all means the
        // file passed the quick check; reading the rosters at the end reads it all through.
        for (var round = 0; round < killAfterAcknowledged.Length; round++)
        {
            await using var service = await ServiceProcess.StartAsync(_file.Path, ServiceRun.Settings(slack));
            using var client = service.CreateClient();
            var burst = new SlackJoinBurst(client, slack);
            var killed = Task.CompletedTask;
            var killOnce = 0;
            await burst.RunAsync(eventIds[round], ServiceRun.Users(round, JoinsPerRound), Parallel, acknowledged =>
            {
                if (acknowledged >= killAfterAcknowledged[round] && Interlocked.Exchange(ref killOnce, 1) == 0) killed = service.KillAsync();
            });
            await killed;
            bursts.Add(burst);
        }

        await using (await ServiceProcess.StartAsync(_file.Path, ServiceRun.Settings(slack)))
        {
            // Started on the last killed file; reading the rosters below opens it with the full read-through.
        }

        var totals = (Acknowledged: 0, Lost: 0);
        for (var round = 0; round < killAfterAcknowledged.Length; round++)
        {
            var roster = ServiceRun.ReadRoster(_file.Path, eventIds[round]);
            var acknowledged = bursts[round].Acknowledged;
            var lost = acknowledged.Count(member => !roster.Members.Contains(member));
            output.WriteLine($"round {round + 1}: killed after {killAfterAcknowledged[round]} acknowledged; acknowledged {acknowledged.Count} of {JoinsPerRound}, "
                + $"stored {roster.Members.Count} (going {roster.Going}/{roster.Capacity}, waitlist {roster.Waitlisted}), lost {lost}");
            Assert.Equal(0, lost);
            Assert.True(roster.IsConsistent, $"going {roster.Going}, waitlist {roster.Waitlisted}, capacity {roster.Capacity}");
            Assert.InRange(acknowledged.Count, killAfterAcknowledged[round], JoinsPerRound - 1);
            totals = (totals.Acknowledged + acknowledged.Count, totals.Lost + lost);
        }

        output.WriteLine($"total: acknowledged {totals.Acknowledged}, found after restart {totals.Acknowledged - totals.Lost}, lost {totals.Lost}");
    }
}
