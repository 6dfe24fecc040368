using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

public sealed class LiteDbRepositoryTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task AddAsync_NewEvents_GetSmallIdsFromOne()
    {
        using var db = new LiteDbContext(_file.Path);
        var events = new LiteDbEventRepository(db);

        var first = await events.AddAsync(TestEvents.Symposium(), default);
        var second = await events.AddAsync(TestEvents.Symposium(), default);

        Assert.Equal(1, first.Id);
        Assert.Equal(2, second.Id);
    }

    [Fact]
    public async Task GetAsync_AfterReopeningTheFile_ReturnsEveryFieldAsStored()
    {
        var original = TestEvents.Symposium() with { Deadline = new DateTimeOffset(2026, 12, 3, 14, 59, 0, TimeSpan.Zero), PrefectureCode = "06" };
        using (var db = new LiteDbContext(_file.Path))
        {
            original = await new LiteDbEventRepository(db).AddAsync(original, default);
        }

        using var reopened = new LiteDbContext(_file.Path);
        var stored = await new LiteDbEventRepository(reopened).GetAsync(original.Id, default);

        Assert.NotNull(stored);
        Assert.Equal(original.Start, stored.Start);
        Assert.Equal(TimeSpan.Zero, stored.Start.Offset);
        Assert.Equal(original.DoorsOpen, stored.DoorsOpen);
        Assert.Equal(original.Deadline, stored.Deadline);
        Assert.Equal(EventKind.Symposium, stored.Kind);
        Assert.Equal(5000, stored.AfterParty?.FeeYen);
        Assert.Equal(60, stored.AfterParty?.Capacity);
        Assert.Equal(original.ReminderOffsets, stored.ReminderOffsets);
        Assert.Equal("06", stored.PrefectureCode);
    }

    [Fact]
    public void Open_NewFile_CreatesFolderAndRecordsSchemaVersion()
    {
        using var db = new LiteDbContext(_file.Path);

        Assert.True(File.Exists(_file.Path));
        Assert.Equal(LiteDbContext.SchemaVersion, db.Database.UserVersion);
        var indexes = db.Database.GetCollection("$indexes").FindAll().Select(d => $"{d["collection"].AsString}.{d["name"].AsString}").ToList();
        Assert.Contains("registrations.EventId", indexes);
        Assert.Contains("events.Start", indexes);
    }

    [Fact]
    public void Open_FileHeldByAnotherProcess_ExplainsWhatToDo()
    {
        using var first = new LiteDbContext(_file.Path);

        var error = Assert.Throws<DataFileInUseException>(() => new LiteDbContext(_file.Path));

        Assert.Contains("Storage:Path", error.Message);
    }

    [Fact]
    public async Task ListUpcomingAsync_SkipsCancelledAndFinished_SoonestFirst()
    {
        using var db = new LiteDbContext(_file.Path);
        var events = new LiteDbEventRepository(db);
        var now = TestEvents.Now;
        var later = await events.AddAsync(TestEvents.Symposium() with { Title = "later", Start = now.AddDays(20), End = null }, default);
        var sooner = await events.AddAsync(TestEvents.Symposium() with { Title = "sooner", Start = now.AddDays(2), End = null }, default);
        await events.AddAsync(TestEvents.Symposium() with { Title = "cancelled", Start = now.AddDays(3), IsCancelled = true }, default);
        await events.AddAsync(TestEvents.Symposium() with { Title = "over", Start = now.AddDays(-1), End = now.AddDays(-1).AddHours(3) }, default);
        var ongoing = await events.AddAsync(TestEvents.Symposium() with { Title = "ongoing", Start = now.AddHours(-1), End = now.AddHours(2) }, default);

        var upcoming = await events.ListUpcomingAsync(now, default);

        Assert.Equal([ongoing.Id, sooner.Id, later.Id], upcoming.Select(e => e.Id));
    }

    [Fact]
    public async Task ListUpcomingWithCancelledAsync_KeepsCancelledButSkipsFinished_SoonestFirst()
    {
        using var db = new LiteDbContext(_file.Path);
        var events = new LiteDbEventRepository(db);
        var now = TestEvents.Now;
        var later = await events.AddAsync(TestEvents.Symposium() with { Title = "later", Start = now.AddDays(20), End = null }, default);
        var cancelled = await events.AddAsync(TestEvents.Symposium() with { Title = "cancelled", Start = now.AddDays(3), End = null, IsCancelled = true }, default);
        await events.AddAsync(TestEvents.Symposium() with { Title = "cancelled and over", Start = now.AddDays(-1), End = now.AddDays(-1).AddHours(3), IsCancelled = true }, default);

        var upcoming = await events.ListUpcomingWithCancelledAsync(now, default);

        Assert.Equal([cancelled.Id, later.Id], upcoming.Select(e => e.Id));
    }

    [Fact]
    public async Task SaveAsync_SameMemberTwice_KeepsOneRegistrationPerEventAndMember()
    {
        using var db = new LiteDbContext(_file.Path);
        var registrations = new LiteDbRegistrationRepository(db);
        var registration = new Registration
        {
            Id = Registration.IdFor(1, "console:後藤"),
            EventId = 1,
            MemberId = "console:後藤",
            Name = "後藤",
            Email = "goto@example.jp",
            Language = Language.En,
            Status = RegistrationStatus.Going,
            Party = PartyStatus.Waitlisted,
            Sequence = 1,
        };

        await registrations.SaveAsync([registration], default);
        await registrations.SaveAsync([registration with { Status = RegistrationStatus.Cancelled }], default);

        var stored = Assert.Single(await registrations.ListForEventAsync(1, default));
        Assert.Equal(RegistrationStatus.Cancelled, stored.Status);
        Assert.Equal(PartyStatus.Waitlisted, stored.Party);
        Assert.Equal(Language.En, stored.Language);
        Assert.Equal("goto@example.jp", stored.Email);
        Assert.Single(await registrations.ListForMemberAsync("console:後藤", default));
        Assert.Empty(await registrations.ListForEventAsync(2, default));
    }
}
