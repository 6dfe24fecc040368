using System.Security.Cryptography;
using LiteDB;
using NetworkBot.Storage;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Everything in the LiteDB file at one moment: per collection, how many documents and a hash of their content.
/// Two snapshots are equal exactly when nothing was stored, changed or removed in between.
/// </summary>
internal sealed record StoreSnapshot(IReadOnlyDictionary<string, (int Count, string Hash)> Collections)
{
    public static StoreSnapshot Take(LiteDbContext store)
    {
        var collections = new SortedDictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var name in store.Database.GetCollectionNames())
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var count = 0;
            foreach (var document in store.Database.GetCollection(name).FindAll())
            {
                hash.AppendData(BsonSerializer.Serialize(document));
                count++;
            }

            collections[name] = (count, Convert.ToHexString(hash.GetHashAndReset()));
        }

        return new StoreSnapshot(collections);
    }

    public int CountOf(string collection) => Collections.TryGetValue(collection, out var c) ? c.Count : 0;

    /// <summary>The collections whose content differs, for a failure message.</summary>
    public string Difference(StoreSnapshot other) => string.Join(", ", Collections.Keys.Union(other.Collections.Keys)
        .Where(name => !Collections.TryGetValue(name, out var mine) || !other.Collections.TryGetValue(name, out var theirs) || mine != theirs)
        .Select(name => $"{name}: {CountOf(name)} → {other.CountOf(name)} documents"));

    public bool Equals(StoreSnapshot? other) => other is not null && Collections.Count == other.Collections.Count
        && Collections.All(c => other.Collections.TryGetValue(c.Key, out var o) && o == c.Value);

    public override int GetHashCode() => Collections.Count;
}
