using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Fakes;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

/// <summary>
/// <c>/events</c> answers from a kept copy of the upcoming events: every create, edit, cancellation, join and leave
/// must show in the very next answer, and an event that has ended must drop out without any write.
/// </summary>
public class UpcomingEventsTests
{
    private readonly TestBot _bot = new();

    [Fact]
    public async Task Events_AfterJoinAndLeave_ShowsTheSeatsOfThatMoment()
    {
        var e = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));
        Assert.Contains("定員 2名（残り2席）", await _bot.RunAsync("/events"));

        await _bot.RunAsync($"/join {e.Id}", TestBot.Member("佐藤"));
        Assert.Contains("定員 2名（残り1席）", await _bot.RunAsync("/events"));

        await _bot.RunAsync($"/join {e.Id}", TestBot.Member("鈴木"));
        await _bot.RunAsync($"/join {e.Id}", TestBot.Member("高橋"));
        Assert.Contains("定員 2名・満席（補欠 1名）", await _bot.RunAsync("/events"));

        await _bot.RunAsync($"/leave {e.Id}", TestBot.Member("佐藤"));
        Assert.Contains("定員 2名・満席（補欠 0名）", await _bot.RunAsync("/events"));

        await _bot.RunAsync($"/leave {e.Id}", TestBot.Member("鈴木"));
        Assert.Contains("定員 2名（残り1席）", await _bot.RunAsync("/events"));
    }

    [Fact]
    public async Task Events_AfterCreateEditAndCancel_ShowsTheEventsOfThatMoment()
    {
        var first = await _bot.AddEventAsync(SampleEvents.StudySession(capacity: 2));
        Assert.DoesNotContain("防災ワークショップ", await _bot.RunAsync("/events"));

        await _bot.RunAsOrganizerAsync("/event create title:防災ワークショップ start:\"2026-12-12 14:00\" venue:仙台 capacity:10");
        Assert.Contains("防災ワークショップ", await _bot.RunAsync("/events"));

        await _bot.RunAsOrganizerAsync($"/event edit {first.Id} capacity:5 title:\"まちづくり勉強会 拡大版\"");
        var edited = await _bot.RunAsync("/events");
        Assert.Contains("まちづくり勉強会 拡大版", edited);
        Assert.Contains("定員 5名（残り5席）", edited);

        await _bot.RunAsOrganizerAsync($"/event cancel {first.Id} confirm:yes");
        var afterCancel = await _bot.RunAsync("/events");
        Assert.DoesNotContain("まちづくり勉強会", afterCancel);
        Assert.Contains("防災ワークショップ", afterCancel);
    }

    [Fact]
    public async Task Events_OnceAnEventHasEnded_LeavesItOutWithoutAnyWrite()
    {
        await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "先の会" });
        await _bot.AddEventAsync(SampleEvents.StudySession() with { Title = "翌週の会", Start = SampleEvents.Start.AddDays(7), End = SampleEvents.Start.AddDays(7).AddHours(3) });
        Assert.Contains("先の会", await _bot.RunAsync("/events"));

        _bot.Time.SetUtcNow(SampleEvents.Start.AddHours(3).AddMinutes(1));

        var text = await _bot.RunAsync("/events");
        Assert.DoesNotContain("先の会", text);
        Assert.Contains("翌週の会", text);
    }

    [Fact]
    public async Task ListAsync_NothingWritten_ReadsStorageOnce()
    {
        var events = new InMemoryEventRepository();
        var registrations = new CountingRegistrationRepository();
        var changes = new EventChanges();
        await new ChangeRecordingEventRepository(events, changes).AddAsync(SampleEvents.StudySession(), CancellationToken.None);
        var upcoming = new UpcomingEvents(events, registrations, changes);

        var first = await upcoming.ListAsync(TestBot.Now, CancellationToken.None);
        var second = await upcoming.ListAsync(TestBot.Now.AddMinutes(5), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, registrations.Reads);
    }

    [Fact]
    public async Task ListAsync_AfterASavedRegistration_ReadsStorageAgain()
    {
        var events = new InMemoryEventRepository();
        var registrations = new CountingRegistrationRepository();
        var changes = new EventChanges();
        var e = await new ChangeRecordingEventRepository(events, changes).AddAsync(SampleEvents.StudySession(), CancellationToken.None);
        var upcoming = new UpcomingEvents(events, registrations, changes);
        Assert.Equal(0, (await upcoming.ListAsync(TestBot.Now, CancellationToken.None)).Single().Going);

        var roster = new EventRoster(e, []);
        var joined = roster.Join(TestBot.Member("佐藤"), Language.Ja, new RegistrationDetails("佐藤", null, null), null, TestBot.Now);
        await new ChangeRecordingRegistrationRepository(registrations, changes).SaveAsync(joined.Change.Changed, CancellationToken.None);

        Assert.Equal(1, (await upcoming.ListAsync(TestBot.Now, CancellationToken.None)).Single().Going);
        Assert.Equal(2, registrations.Reads);
    }

    /// <summary>Registrations in memory that count how often an event's list is read.</summary>
    private sealed class CountingRegistrationRepository : IRegistrationRepository
    {
        private readonly InMemoryRegistrationRepository _inner = new();
        private int _reads;

        public int Reads => _reads;

        public Task<IReadOnlyList<Registration>> ListForEventAsync(int eventId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return _inner.ListForEventAsync(eventId, cancellationToken);
        }

        public Task<IReadOnlyList<Registration>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
            _inner.ListForMemberAsync(memberId, cancellationToken);

        public Task SaveAsync(IReadOnlyList<Registration> registrations, CancellationToken cancellationToken) =>
            _inner.SaveAsync(registrations, cancellationToken);
    }
}
