using LiteDB;

namespace NetworkBot.Storage;

/// <summary>
/// Reads the whole file once: every document of every collection, and every index walked end to end, which
/// makes LiteDB check each page it passes. Documents are read a page of results at a time (<see cref="PagedRead"/>)
/// and indexes by their keys alone, so the check does not leave LiteDB's cache as large as the file. A damaged file stops the start with what to do, instead of failing
/// later in the middle of someone's registration.
/// </summary>
public static class DataFileCheck
{
    public static void Verify(LiteDatabase database, string fullPath) => Checked(fullPath, () =>
    {
        foreach (var name in database.GetCollectionNames().ToList()) VerifyCollection(database, name);
    });

    /// <summary>
    /// What the start can afford: the header and collection list, and each collection's first and last document by
    /// id, which finds a cut-off file or a broken index root in milliseconds. The rest is <see cref="Verify"/>'s work.
    /// </summary>
    public static void VerifyQuickly(LiteDatabase database, string fullPath) => Checked(fullPath, () =>
    {
        foreach (var name in database.GetCollectionNames().ToList())
        {
            var collection = database.GetCollection(name);
            _ = collection.Find(Query.All(Query.Ascending), limit: 1).ToList();
            _ = collection.Find(Query.All(Query.Descending), limit: 1).ToList();
        }
    });

    private static void Checked(string fullPath, Action check)
    {
        try
        {
            check();
        }
        catch (Exception exception) when (exception is not StorageUnavailableException)
        {
            throw Damaged(fullPath, exception);
        }
    }

    /// <summary>The message for a file LiteDB cannot read: what happened, and how to recover.</summary>
    public static DataFileDamagedException Damaged(string fullPath, Exception exception) =>
        new($"The data file {fullPath} is damaged and cannot be read (LiteDB: {exception.Message}). Nothing was changed. "
            + "Restore the latest backup with `dotnet run --project src/NetworkBot -- restore BACKUP-FILE` "
            + "(the damaged file is kept aside), or keep what can still be read with "
            + "`dotnet run --project src/NetworkBot -- repair`, then start again.", exception);

    private static void VerifyCollection(LiteDatabase database, string name)
    {
        var collection = database.GetCollection(name);
        var count = collection.Count();
        var read = PagedRead.ById(collection, document => document["_id"]).Count();
        if (read != count) throw new LiteException(0, $"collection {name} lists {count} documents but {read} could be read");

        foreach (var expression in LiteDbFile.SecondaryIndexes(database, name).Select(index => index["expression"].AsString))
        {
            // Selecting the indexed field alone lets LiteDB walk the index's own pages without loading documents,
            // which the page walk above has already read.
            using var keys = database.Execute($"SELECT {expression} FROM {name}");
            var reached = 0;
            while (keys.Read()) reached++;
            if (reached != count) throw new LiteException(0, $"index {name} {expression} reaches {reached} of {count} documents");
        }
    }
}
