using LiteDB;
using LiteDB.Engine;

namespace NetworkBot.Storage;

/// <summary>
/// The LiteDB engine with a gate in front of everything that writes. LiteDB only changes the data file when it
/// checkpoints its log, and it checkpoints only after a write; so while <see cref="RunExclusive"/> holds the gate
/// shut, a checkpoint followed by a plain file copy gives a consistent backup. Reads are never held up.
/// </summary>
internal sealed class BackupGatedEngine(ILiteEngine inner) : ILiteEngine
{
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.SupportsRecursion);

    /// <summary>Runs <paramref name="work"/> with the writes held: those under way finish first, new ones wait.</summary>
    public void RunExclusive(Action<ILiteEngine> work)
    {
        _gate.EnterWriteLock();
        try
        {
            work(inner);
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public IBsonDataReader Query(string collection, Query query) => inner.Query(collection, query);

    public BsonValue Pragma(string name) => inner.Pragma(name);

    /// <summary>
    /// An explicit transaction keeps the gate open until it ends (LiteDB transactions belong to one thread): a
    /// checkpoint waits for open transactions, so holding the gate shut in between could wait forever.
    /// </summary>
    public bool BeginTrans()
    {
        _gate.EnterReadLock();
        var began = false;
        try
        {
            began = inner.BeginTrans();
            return began;
        }
        finally
        {
            if (!began) _gate.ExitReadLock();
        }
    }

    public bool Rollback() => EndTransaction(inner.Rollback);

    public bool Commit() => EndTransaction(inner.Commit);

    public int Checkpoint() => Writing(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Writing(() => inner.Rebuild(options));

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Writing(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Writing(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) =>
        Writing(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Writing(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Writing(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Writing(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Writing(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Writing(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) =>
        Writing(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Writing(() => inner.DropIndex(collection, name));

    public bool Pragma(string name, BsonValue value) => Writing(() => inner.Pragma(name, value));

    public void Dispose()
    {
        inner.Dispose();
        _gate.Dispose();
    }

    private bool EndTransaction(Func<bool> end)
    {
        var ended = false;
        try
        {
            ended = end();
            return ended;
        }
        finally
        {
            if (ended) _gate.ExitReadLock();
        }
    }

    private T Writing<T>(Func<T> write)
    {
        _gate.EnterReadLock();
        try
        {
            return write();
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }
}
