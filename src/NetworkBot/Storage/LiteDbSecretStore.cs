using LiteDB;

namespace NetworkBot.Storage;

/// <summary>
/// Secrets the service makes for itself (such as the key that signs download links), kept in the data file so
/// they survive restarts. Values are never logged.
/// </summary>
public sealed class LiteDbSecretStore(LiteDbContext db)
{
    public const string CollectionName = "secrets";

    /// <summary>Returns the stored secret named <paramref name="name"/>, creating and storing it first if there is none.</summary>
    public byte[] GetOrCreate(string name, Func<byte[]> create)
    {
        var secrets = db.Database.GetCollection(CollectionName);
        if (secrets.FindById(name) is { } existing) return existing["value"].AsBinary;

        var value = create();
        try
        {
            secrets.Insert(new BsonDocument { ["_id"] = name, ["value"] = value });
            return value;
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Another thread stored one first: everyone must use that one.
            return secrets.FindById(name)["value"].AsBinary;
        }
    }
}
