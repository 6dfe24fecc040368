using NetworkBot.Core.Platform;
using NetworkBot.Messaging;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

/// <summary>
/// LiteDB fails a read of a collection that another thread is creating at that moment ("page type must be collection
/// page"): on a fresh install the Gateway greeted a newcomer (reading the direct-message channels) while the command
/// registration wrote the first stored value, and the newcomer got no welcome. So no collection may be created while
/// the service runs.
/// </summary>
public sealed class CollectionCreationTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Open_NewFile_CreatesEveryCollectionTheServiceWrites()
    {
        using var db = new LiteDbContext(_file.Path);

        var names = db.Database.GetCollectionNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Superset(new HashSet<string> { "values", "members_seen", "announcements", "reminder_preferences", "secrets" }, names);
        Assert.All(db.CollectionNames, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Open_FileFromBeforeACollectionExisted_AddsItAndKeepsTheData()
    {
        using (var old = new LiteDbContext(_file.Path))
        {
            old.Values.Upsert(new StoredValue { Id = "kept", Value = "1" });
            old.Database.DropCollection("members_seen");
        }

        using var db = new LiteDbContext(_file.Path);

        Assert.Contains("members_seen", db.Database.GetCollectionNames());
        Assert.Equal(0, db.SeenMembers.Count());
        Assert.Equal("1", db.Values.FindById("kept").Value);
    }

    [Fact]
    public async Task FirstWrites_WhileOthersRead_NoReadFails()
    {
        // Each round is a fresh install: one thread writes the first values, as the service's start-up work does,
        // while another looks up a direct-message channel and whether a member was met, as a greeting does.
        for (var round = 0; round < 20; round++)
        {
            using var file = new TempDataFile();
            using var db = new LiteDbContext(file.Path);
            var channels = new DirectChannelStore(db, TimeProvider.System);
            var members = new LiteDbMemberRepository(db);
            using var writing = new ManualResetEventSlim();
            var reader = Task.Run(() =>
            {
                Assert.True(writing.Wait(TimeSpan.FromSeconds(30)));
                for (var i = 0; i < 200; i++)
                {
                    Assert.Null(channels.Find(ChatPlatform.Discord, "1666666666666666666"));
                    _ = db.SeenMembers.FindById("discord:1:" + i);
                }
            });
            var writer = Task.Run(async () =>
            {
                writing.Set();
                db.Values.Upsert(new StoredValue { Id = "discord:commands", Value = "hash" });
                await members.MarkSeenAsync("discord:1:2", DateTimeOffset.UnixEpoch, CancellationToken.None);
            });

            await Task.WhenAll(reader, writer);
            Assert.Equal("hash", db.Values.FindById("discord:commands").Value);
            Assert.NotNull(db.SeenMembers.FindById("discord:1:2"));
        }
    }
}
