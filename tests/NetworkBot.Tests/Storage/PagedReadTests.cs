using LiteDB;
using NetworkBot.Storage;

namespace NetworkBot.Tests.Storage;

public sealed class PagedReadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(2000)]
    [InlineData(2501)]
    public void ById_AnyCount_YieldsEveryDocumentOnceInIdOrder(int count)
    {
        using var db = new LiteDatabase(new MemoryStream());
        var collection = db.GetCollection("things");
        // Inserted out of order, ids whose text order differs from their number order.
        collection.InsertBulk(Enumerable.Range(1, count).Reverse().Select(i => new BsonDocument { ["_id"] = $"id-{i}", ["n"] = i }));

        var read = PagedRead.ById(collection, document => document["_id"]).Select(document => document["_id"].AsString).ToList();

        var expected = Enumerable.Range(1, count).Select(i => $"id-{i}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, read);
    }

    [Fact]
    public void ById_DocumentAddedToALaterPageWhileReading_IsReadToo()
    {
        using var db = new LiteDatabase(new MemoryStream());
        var collection = db.GetCollection("things");
        collection.InsertBulk(Enumerable.Range(1, 30).Select(i => new BsonDocument { ["_id"] = i }));

        var read = new List<int>();
        foreach (var document in PagedRead.ById(collection, d => d["_id"], pageSize: 10))
        {
            read.Add(document["_id"].AsInt32);
            if (read.Count == 5) collection.Insert(new BsonDocument { ["_id"] = 31 });
        }

        Assert.Equal(Enumerable.Range(1, 31), read);
    }
}
