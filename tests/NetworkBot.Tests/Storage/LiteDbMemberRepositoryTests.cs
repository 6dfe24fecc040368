using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

public sealed class LiteDbMemberRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 3, 0, 0, TimeSpan.Zero);

    private readonly TempDataFile _file = new();
    private readonly LiteDbContext _db;

    public LiteDbMemberRepositoryTests() => _db = new LiteDbContext(_file.Path);

    public void Dispose()
    {
        _db.Dispose();
        _file.Dispose();
    }

    private static MemberProfile Goto() => new()
    {
        MemberId = "slack:T1:U2",
        DisplayName = "後藤 健",
        Kana = "ごとう けん",
        PrefectureCode = "06",
        SectorId = "municipal",
        Interests = ["交通政策", "行政評価"],
        Email = "ken@example.jp",
        Language = Language.En,
        CreatedAt = Now,
        UpdatedAt = Now,
        IntroducedAt = Now,
    };

    [Fact]
    public async Task SaveAsync_ThenGetAsync_RoundTripsEveryField()
    {
        var repository = new LiteDbMemberRepository(_db);

        await repository.SaveAsync(Goto(), CancellationToken.None);
        var loaded = await repository.GetAsync("slack:T1:U2", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(["交通政策", "行政評価"], loaded.Interests);
        Assert.Equal(Goto() with { Interests = loaded.Interests }, loaded);
    }

    [Fact]
    public async Task SaveAsync_Twice_ReplacesTheProfile()
    {
        var repository = new LiteDbMemberRepository(_db);
        await repository.SaveAsync(Goto(), CancellationToken.None);

        await repository.SaveAsync(Goto() with { PrefectureCode = "04" }, CancellationToken.None);

        var all = new List<MemberProfile>();
        await repository.ForEachAsync(all.Add, CancellationToken.None);
        Assert.Equal("04", Assert.Single(all).PrefectureCode);
    }

    [Fact]
    public async Task MarkSeenAsync_OnlyTheFirstTimeIsNew_AndDeleteForgetsIt()
    {
        var repository = new LiteDbMemberRepository(_db);
        await repository.SaveAsync(Goto(), CancellationToken.None);

        Assert.True(await repository.MarkSeenAsync("slack:T1:U2", Now, CancellationToken.None));
        Assert.False(await repository.MarkSeenAsync("slack:T1:U2", Now, CancellationToken.None));
        Assert.True(await repository.DeleteAsync("slack:T1:U2", CancellationToken.None));

        Assert.Null(await repository.GetAsync("slack:T1:U2", CancellationToken.None));
        Assert.True(await repository.MarkSeenAsync("slack:T1:U2", Now, CancellationToken.None));
        Assert.False(await repository.DeleteAsync("slack:T1:U9", CancellationToken.None));
    }

    [Fact]
    public async Task Profiles_SurviveReopeningTheFile()
    {
        await new LiteDbMemberRepository(_db).SaveAsync(Goto(), CancellationToken.None);
        _db.Dispose();

        using var reopened = new LiteDbContext(_file.Path);
        Assert.NotNull(await new LiteDbMemberRepository(reopened).GetAsync("slack:T1:U2", CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceAsync_SwapsARegistrationForItsAnonymousCopy()
    {
        var registrations = new LiteDbRegistrationRepository(_db);
        var original = new Registration
        {
            Id = Registration.IdFor(1, "slack:T1:U2"), EventId = 1, MemberId = "slack:T1:U2", Name = "後藤", Email = "ken@example.jp", Sequence = 1,
        };
        await registrations.SaveAsync([original], CancellationToken.None);
        var anonymous = original with { Id = Registration.IdFor(1, "erased:abc"), MemberId = "erased:abc", Name = "", Email = null };

        await new LiteDbRegistrationEraser(_db).ReplaceAsync([original], [anonymous], CancellationToken.None);

        var stored = Assert.Single(await registrations.ListForEventAsync(1, CancellationToken.None));
        Assert.Equal("erased:abc", stored.MemberId);
        Assert.Null(stored.Email);
        Assert.Empty(await registrations.ListForMemberAsync("slack:T1:U2", CancellationToken.None));
    }
}
