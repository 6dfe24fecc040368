using System.Globalization;

namespace NetworkBot.Core.Members;

/// <summary>
/// One immutable state of the directory: the entries in 五十音 order and, in the same order, plain arrays of what a
/// search scans (search texts, prefecture numbers, sector numbers), so a scan over every member stays in a few
/// tight loops over contiguous memory. The per-prefecture counts are worked out once, on first use.
/// </summary>
internal sealed class DirectoryIndex
{
    private readonly Lazy<IReadOnlyDictionary<string, int>> _counts;

    public DirectoryIndex(DirectoryEntry[] sorted)
    {
        Entries = sorted;
        SearchTexts = Array.ConvertAll(sorted, e => e.SearchText);
        Prefectures = Array.ConvertAll(sorted, e => PrefectureNumber(e.PrefectureCode));
        Sectors = Array.ConvertAll(sorted, e => SectorNumber(e.SectorId));
        _counts = new(() => sorted
            .Where(e => e.PrefectureCode is not null)
            .GroupBy(e => e.PrefectureCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
    }

    public DirectoryEntry[] Entries { get; }

    public string[] SearchTexts { get; }

    /// <summary>JIS prefecture number (1–47), 0 when none.</summary>
    public byte[] Prefectures { get; }

    /// <summary>Sector order (1–9), 0 when none.</summary>
    public byte[] Sectors { get; }

    public IReadOnlyDictionary<string, int> CountsByPrefecture => _counts.Value;

    public static byte PrefectureNumber(string? code) =>
        code is not null && byte.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (byte)0;

    public static byte SectorNumber(string? id) => Members.Sectors.ById(id) is { } sector ? (byte)sector.Order : (byte)0;
}
