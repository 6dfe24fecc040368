using System.Collections.Concurrent;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// The member directory's in-memory index: built from the repository on first use (or at start), changed on every
/// save and erasure. Searches read an immutable sorted snapshot without locks; writers replace the snapshot.
/// This keeps a search over 50,000 profiles to a few milliseconds instead of a database scan.
/// </summary>
public sealed class MemberDirectory(IMemberRepository repository)
{
    private static readonly Comparer<DirectoryEntry> Comparer = Comparer<DirectoryEntry>.Create(DirectoryEntry.Compare);

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentDictionary<string, DirectoryEntry> _byId = new(StringComparer.Ordinal);
    private volatile DirectoryEntry[]? _sorted;

    public async Task<DirectoryPage> SearchAsync(DirectoryQuery query, CancellationToken cancellationToken) =>
        DirectorySearch.Run(await SnapshotAsync(cancellationToken), query);

    /// <summary>How many members name each prefecture (by code), and how many profiles there are in all.</summary>
    public async Task<(IReadOnlyDictionary<string, int> ByPrefecture, int Total)> CountByPrefectureAsync(CancellationToken cancellationToken)
    {
        var sorted = await SnapshotAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in sorted)
        {
            if (entry.PrefectureCode is { } code) counts[code] = counts.GetValueOrDefault(code) + 1;
        }

        return (counts, sorted.Length);
    }

    /// <summary>Members whose name or ふりがな is exactly <paramref name="name"/>, ignoring width, case, kana kind and spaces.</summary>
    public async Task<IReadOnlyList<DirectoryEntry>> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var folded = TextFolding.Fold(name);
        var sorted = await SnapshotAsync(cancellationToken);
        return sorted.Where(e => e.FoldedName == folded || e.SortKey == folded).ToList();
    }

    /// <summary>The member whose platform id ends with <paramref name="userId"/> (a pasted <c>&lt;@U123&gt;</c>).</summary>
    public async Task<DirectoryEntry?> FindByUserIdAsync(string userId, CancellationToken cancellationToken)
    {
        await SnapshotAsync(cancellationToken);
        return _byId.TryGetValue(userId, out var exact) ? exact
            : _byId.Values.FirstOrDefault(e => e.MemberId.EndsWith(":" + userId, StringComparison.Ordinal));
    }

    /// <summary>Loads the index now rather than on the first search (the host calls it at start).</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken) => await SnapshotAsync(cancellationToken);

    public async Task UpsertAsync(MemberProfile profile, CancellationToken cancellationToken)
    {
        var entry = DirectoryEntry.From(profile);
        await SnapshotAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var list = new List<DirectoryEntry>(_sorted!);
            if (_byId.TryGetValue(profile.MemberId, out var old)) list.RemoveAt(list.BinarySearch(old, Comparer));
            var at = list.BinarySearch(entry, Comparer);
            list.Insert(at < 0 ? ~at : at, entry);
            _byId[profile.MemberId] = entry;
            _sorted = [.. list];
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task RemoveAsync(string memberId, CancellationToken cancellationToken)
    {
        await SnapshotAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (!_byId.TryRemove(memberId, out var old)) return;
            var list = new List<DirectoryEntry>(_sorted!);
            list.RemoveAt(list.BinarySearch(old, Comparer));
            _sorted = [.. list];
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async ValueTask<DirectoryEntry[]> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (_sorted is { } ready) return ready;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (_sorted is { } loaded) return loaded;
            var profiles = await repository.ListAllAsync(cancellationToken);
            var entries = new DirectoryEntry[profiles.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = DirectoryEntry.From(profiles[i]);
                _byId[entries[i].MemberId] = entries[i];
            }

            Array.Sort(entries, Comparer);
            _sorted = entries;
            return entries;
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
