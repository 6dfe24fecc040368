using LiteDB;

namespace NetworkBot.Storage;

/// <summary>
/// Copies every document that can still be read, each collection's indexes and the schema version from one LiteDB file
/// into a new one. LiteDB's own rebuild would do this, but in 5.0.20 it fails on any collection with a secondary index
/// and more than 2,550 documents ("Detected loop in FindAll", LiteDB issue 2827), which registrations soon have.
/// </summary>
internal sealed class DataFileCopy(Func<LiteDatabase> openSource) : IDisposable
{
    private const int BatchSize = 1_000;

    private LiteDatabase _source = openSource();

    /// <summary>How many reads failed: each a document, or a walk along an index, that met a page it could not read.</summary>
    public int FailedReads { get; private set; }

    /// <summary>The source's collation, which a new file cannot change later.</summary>
    public Collation Collation => _source.Collation;

    public void Into(LiteDatabase target)
    {
        target.UserVersion = _source.UserVersion;
        foreach (var name in _source.GetCollectionNames().ToList())
        {
            // An empty collection is kept, as LiteDbContext makes it.
            LiteDbFile.CreateEmpty(target, name);
            var to = target.GetCollection(name);
            foreach (var ids in ReadableIds(name).Chunk(BatchSize))
            {
                to.InsertBulk(ids.Select(id => TryRead(source => source.GetCollection(name).FindById(id))).OfType<BsonDocument>().ToList());
            }

            foreach (var index in TryRead(source => LiteDbFile.SecondaryIndexes(source, name)) ?? [])
            {
                to.EnsureIndex(index["name"].AsString, index["expression"].AsString, index["unique"].AsBoolean);
            }
        }
    }

    public void Dispose() => LiteDbFile.DisposeQuietly(_source);

    /// <summary>
    /// The ids the collection's id index holds, walked by key alone (no document is read). A damaged index page stops the
    /// walk; the ids past it are then walked from the other end.
    /// </summary>
    private List<BsonValue> ReadableIds(string name)
    {
        var ids = new List<BsonValue>();
        if (TryRead(source => Walk(source, $"SELECT _id FROM {name} ORDER BY _id", ids, stopAt: null)) is not null) return ids;
        var fromTheEnd = new List<BsonValue>();
        var stopAt = ids.Count > 0 ? ids[^1] : null;
        TryRead(source => Walk(source, $"SELECT _id FROM {name} ORDER BY _id DESC", fromTheEnd, stopAt));
        return [.. ids, .. fromTheEnd.AsEnumerable().Reverse()];
    }

    /// <summary>Adds ids as it reads them, so that those before a damaged page are kept when the walk breaks off.</summary>
    private static object Walk(LiteDatabase source, string sql, List<BsonValue> ids, BsonValue? stopAt)
    {
        using var reader = source.Execute(sql);
        while (reader.Read())
        {
            var id = reader.Current["_id"];
            if (stopAt is not null && id.CompareTo(stopAt) <= 0) break;
            ids.Add(id);
        }

        return ids;
    }

    /// <summary>
    /// After a read meets a damaged page, LiteDB refuses everything else on that engine ("invalid state"), so the file is
    /// opened again for the next read.
    /// </summary>
    private T? TryRead<T>(Func<LiteDatabase, T> read)
        where T : class
    {
        try
        {
            return read(_source);
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            FailedReads++;
            LiteDbFile.DisposeQuietly(_source);
            _source = openSource();
            return null;
        }
    }

    /// <summary>What a read of a damaged file throws: a bad page, or an engine that gave up after one.</summary>
    private static bool IsReadFailure(Exception exception) =>
        LiteDbFile.IsUnreadablePage(exception) || exception is IOException or InvalidOperationException;
}
