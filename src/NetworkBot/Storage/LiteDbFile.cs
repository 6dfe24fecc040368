using LiteDB;

namespace NetworkBot.Storage;

/// <summary>Small facts about LiteDB 5 files that the opener, the check, the copy and the context all rely on.</summary>
internal static class LiteDbFile
{
    /// <summary>What LiteDB throws when a page or the header is not what it should be.</summary>
    public static bool IsUnreadablePage(Exception exception) =>
        exception is LiteException or InvalidCastException or ArgumentException or IndexOutOfRangeException;

    /// <summary>Disposes an engine or database that may already have given up on a damaged file.</summary>
    public static void DisposeQuietly(IDisposable disposable)
    {
        try
        {
            disposable.Dispose();
        }
        catch (Exception exception) when (IsUnreadablePage(exception) || exception is IOException or InvalidOperationException)
        {
            // The engine already gave up on the file.
        }
    }

    /// <summary>LiteDB has no "create collection": a first write creates one, and removing that document leaves it empty.</summary>
    public static void CreateEmpty(LiteDatabase database, string name)
    {
        var collection = database.GetCollection(name);
        collection.Delete(collection.Insert(new BsonDocument()));
    }

    /// <summary>The collection's indexes other than the one on <c>_id</c>, as LiteDB lists them (name, expression, unique).</summary>
    public static List<BsonDocument> SecondaryIndexes(LiteDatabase database, string collection) =>
        [.. database.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Where(index => index["name"].AsString != "_id")];
}
