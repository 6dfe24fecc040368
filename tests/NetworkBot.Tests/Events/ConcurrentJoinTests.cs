using Microsoft.Extensions.Time.Testing;
using Moq;
using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Events;

/// <summary>The symposium case: 500 people press "join" at once for 180 seats, on the real data file.</summary>
public sealed class ConcurrentJoinTests : IDisposable
{
    private readonly TempDataFile _file = new();
    private readonly LiteDbContext _db;
    private readonly RegistrationService _service;
    private readonly LiteDbRegistrationRepository _registrations;
    private readonly int _eventId;

    public ConcurrentJoinTests()
    {
        _db = new LiteDbContext(_file.Path);
        var events = new LiteDbEventRepository(_db);
        _registrations = new LiteDbRegistrationRepository(_db);
        var time = new FakeTimeProvider(TestEvents.Now);
        var notifier = new RegistrantNotifier(_registrations, Mock.Of<IChatSender>(), new EventCards(BotSettings.Default));
        _service = new RegistrationService(events, _registrations, new EventLocks(), notifier, time);
        _eventId = events.AddAsync(TestEvents.Symposium(capacity: 180), default).GetAwaiter().GetResult().Id;
    }

    public void Dispose()
    {
        _db.Dispose();
        _file.Dispose();
    }

    [Fact]
    public async Task JoinAsync_500AtOnceFor180Seats_Exactly180GoingAnd320WaitlistedWithoutDuplicates()
    {
        var joins = Enumerable.Range(1, 500).Select(i => Task.Run(() => Join($"console:member{i:000}"))).ToArray();

        var outcomes = await Task.WhenAll(joins);

        Assert.Equal(180, outcomes.Count(o => o.Result == JoinResult.Going));
        Assert.Equal(320, outcomes.Count(o => o.Result == JoinResult.Waitlisted));
        var stored = await _registrations.ListForEventAsync(_eventId, default);
        Assert.Equal(500, stored.Count);
        Assert.Equal(500, stored.Select(r => r.MemberId).Distinct().Count());
        Assert.Equal(180, stored.Count(r => r.Status == RegistrationStatus.Going));
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), stored.Select(r => r.Sequence).Order());

        // Whoever arrived first got a seat: every going member arrived before every waiting one.
        var lastGoing = stored.Where(r => r.Status == RegistrationStatus.Going).Max(r => r.Sequence);
        var firstWaiting = stored.Where(r => r.Status == RegistrationStatus.Waitlisted).Min(r => r.Sequence);
        Assert.True(lastGoing < firstWaiting);

        // Each waiting member was told the place that is now theirs.
        var positions = outcomes.Where(o => o.Result == JoinResult.Waitlisted).Select(o => o.WaitlistPosition!.Value).Order();
        Assert.Equal(Enumerable.Range(1, 320), positions);
    }

    [Fact]
    public async Task JoinAsync_InArrivalOrder_WaitlistKeepsThatOrderAndMovesUpInIt()
    {
        var service = _service;
        var arrivals = Enumerable.Range(1, 200).Select(i => $"console:member{i:000}").ToList();
        foreach (var member in arrivals) await Join(member);

        var roster = (await service.GetRosterAsync(_eventId, default))!;
        Assert.Equal(arrivals.Skip(180), roster.Waitlist.Select(r => r.MemberId));

        await service.LeaveAsync(_eventId, arrivals[3], default);
        roster = (await service.GetRosterAsync(_eventId, default))!;
        Assert.Contains(roster.Going, r => r.MemberId == arrivals[180]);
        Assert.Equal(arrivals.Skip(181), roster.Waitlist.Select(r => r.MemberId));
        Assert.Equal(180, roster.Going.Count);
    }

    private async Task<JoinOutcome> Join(string memberId)
    {
        var member = new MemberRef(memberId, memberId[8..]);
        var (_, outcome) = await _service.JoinAsync(_eventId, member, Language.Ja, new RegistrationDetails(member.DisplayName, null, null), null, default);
        return outcome!;
    }
}
