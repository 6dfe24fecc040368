using System.Globalization;
using System.Text.Json;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Regions;

/// <summary>
/// The 47 prefectures and the ways members write them: 山形, 山形県, やまがた, yamagata, Yamagata, Yamagata-ken, 06.
/// </summary>
public static class Prefectures
{
    private static readonly Lazy<IReadOnlyList<Prefecture>> LoadedAll = new(Load);
    private static readonly Lazy<Dictionary<string, Prefecture>> LoadedIndex = new(BuildIndex);

    public static IReadOnlyList<Prefecture> All => LoadedAll.Value;

    public static Prefecture? ByCode(string? code) =>
        code is null ? null : All.FirstOrDefault(p => p.Code == code);

    public static Prefecture? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return LoadedIndex.Value.GetValueOrDefault(Key(text));
    }

    /// <summary>The prefectures closest to what was typed, for a "did you mean" line.</summary>
    public static IReadOnlyList<Prefecture> Suggest(string text, int count = 3)
    {
        var key = Key(text);
        return All
            .Select(p => (Prefecture: p, Distance: Names(p).Select(Key).Min(name => Similarity.Distance(key, name))))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Prefecture.Code, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Prefecture)
            .ToList();
    }

    /// <summary>
    /// Prefectures whose kanji, kana, romaji, English name or code start with (then contain) what was typed so far,
    /// in code order; all of them when nothing was typed. For pickers such as Discord's autocomplete.
    /// </summary>
    public static IReadOnlyList<Prefecture> Search(string? text, int limit)
    {
        if (string.IsNullOrWhiteSpace(text)) return All.Take(limit).ToList();
        var key = Key(text);
        var names = All.Select(p => (Prefecture: p, Keys: Names(p).Select(Key).ToList())).ToList();
        return names.Where(x => x.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)))
            .Concat(names.Where(x => x.Keys.Any(k => k.Contains(key, StringComparison.Ordinal))))
            .Select(x => x.Prefecture)
            .Distinct()
            .Take(limit)
            .ToList();
    }

    public static string DisplayName(Prefecture prefecture, Platform.Language language) =>
        language == Platform.Language.En ? prefecture.NameEn : prefecture.NameJa;

    private static IEnumerable<string> Names(Prefecture p) =>
    [
        p.Code, int.Parse(p.Code, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        p.NameJa, p.NameJaShort, p.Kana, p.KanaShort, p.Romaji, p.NameEn, p.Slug,
        p.Slug + "ken", p.Slug + "-ken", p.Slug + "prefecture",
    ];

    private static Dictionary<string, Prefecture> BuildIndex()
    {
        var index = new Dictionary<string, Prefecture>(StringComparer.Ordinal);
        foreach (var prefecture in All)
        {
            foreach (var name in Names(prefecture)) index.TryAdd(Key(name), prefecture);
        }

        return index;
    }

    /// <summary>The shared folding (width, case, macrons, spaces, katakana), plus the separators of Yamagata-ken and 山形・県.</summary>
    private static string Key(string text)
    {
        var folded = TextFolding.Fold(text);
        return folded.IndexOfAny(['-', '_', '・']) < 0 ? folded : string.Concat(folded.Where(c => c is not ('-' or '_' or '・')));
    }

    private static IReadOnlyList<Prefecture> Load()
    {
        using var stream = typeof(Prefectures).Assembly.GetManifestResourceStream("NetworkBot.Core.prefectures.json")
            ?? throw new InvalidOperationException("The prefecture table is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("prefectures").EnumerateArray().Select(p => new Prefecture(
            p.GetProperty("code").GetString()!,
            p.GetProperty("name_ja").GetString()!,
            p.GetProperty("name_ja_short").GetString()!,
            p.GetProperty("kana").GetString()!,
            p.GetProperty("kana_short").GetString()!,
            p.GetProperty("romaji").GetString()!,
            p.GetProperty("name_en").GetString()!,
            p.GetProperty("slug").GetString()!,
            p.GetProperty("region_id").GetString()!,
            p.GetProperty("region_ja").GetString()!,
            p.GetProperty("region_en").GetString()!,
            p.GetProperty("tile").GetProperty("row").GetInt32(),
            p.GetProperty("tile").GetProperty("col").GetInt32())).ToList();
    }
}
