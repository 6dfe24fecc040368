using System.Globalization;
using System.Text.Json;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// The nine sectors and the ways members write them: the id (<c>municipal</c>), the labels in either language
/// (市区町村職員, 市区町村, Municipal), or the number in the list (1).
/// </summary>
public static class Sectors
{
    private static readonly Lazy<IReadOnlyList<Sector>> LoadedAll = new(Load);
    private static readonly Lazy<Dictionary<string, Sector>> LoadedIndex = new(() => BuildIndex(withAliases: true));
    private static readonly Lazy<Dictionary<string, Sector>> LoadedLabelIndex = new(() => BuildIndex(withAliases: false));

    public static IReadOnlyList<Sector> All => LoadedAll.Value;

    public static Sector? ById(string? id) => id is null ? null : All.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// Reads a sector as members write it. <paramref name="labelsOnly"/> ignores everyday words such as 大学 or 役場,
    /// for places where such a word is more likely a search keyword than a sector.
    /// </summary>
    public static Sector? Find(string? text, bool labelsOnly = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return (labelsOnly ? LoadedLabelIndex : LoadedIndex).Value.GetValueOrDefault(TextFolding.Fold(text));
    }

    /// <summary>The sectors closest to what was typed, for a "did you mean" line.</summary>
    public static IReadOnlyList<Sector> Suggest(string text, int count = 3)
    {
        var key = TextFolding.Fold(text);
        return All
            .Select(s => (Sector: s, Distance: Names(s).Select(TextFolding.Fold).Min(name => Similarity.Distance(key, name))))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Sector.Order)
            .Take(count)
            .Select(x => x.Sector)
            .ToList();
    }

    public static string DisplayName(Sector sector, Language language) => language == Language.En ? sector.NameEn : sector.NameJa;

    public static string ShortName(Sector sector, Language language) => language == Language.En ? sector.ShortEn : sector.ShortJa;

    public static string AffiliationPrompt(Sector sector, Language language) =>
        language == Language.En ? sector.AffiliationPromptEn : sector.AffiliationPromptJa;

    private static IEnumerable<string> Names(Sector s) =>
    [
        s.Id, s.Id.Replace('_', ' '), s.Id.Replace("_", "", StringComparison.Ordinal), s.Order.ToString(CultureInfo.InvariantCulture),
        s.NameJa, s.NameEn, s.ShortJa, s.ShortEn,
    ];

    /// <summary>Everyday words members type for a sector, besides its labels.</summary>
    private static readonly (string Word, string SectorId)[] Aliases =
    [
        ("市町村", "municipal"), ("市役所", "municipal"), ("町役場", "municipal"), ("村役場", "municipal"), ("役場", "municipal"),
        ("区役所", "municipal"), ("自治体", "municipal"),
        ("県庁", "prefectural"), ("都庁", "prefectural"), ("道庁", "prefectural"), ("府庁", "prefectural"),
        ("省庁", "national"), ("国", "national"),
        ("企業", "private"), ("会社", "private"), ("民間", "private"),
        ("npo", "npo_ngo"), ("ngo", "npo_ngo"), ("非営利", "npo_ngo"),
        ("大学", "academia"), ("研究", "academia"), ("研究機関", "academia"),
        ("議会", "assembly_member"), ("議員", "assembly_member"),
    ];

    private static Dictionary<string, Sector> BuildIndex(bool withAliases)
    {
        var index = new Dictionary<string, Sector>(StringComparer.Ordinal);
        foreach (var sector in All)
        {
            foreach (var name in Names(sector)) index.TryAdd(TextFolding.Fold(name), sector);
        }

        if (!withAliases) return index;
        foreach (var (word, id) in Aliases) index.TryAdd(TextFolding.Fold(word), ById(id)!);
        return index;
    }

    private static IReadOnlyList<Sector> Load()
    {
        using var stream = typeof(Sectors).Assembly.GetManifestResourceStream("NetworkBot.Core.sectors.json")
            ?? throw new InvalidOperationException("The sector table is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("sectors").EnumerateArray().Select(s => new Sector(
            s.GetProperty("id").GetString()!,
            s.GetProperty("order").GetInt32(),
            s.GetProperty("ja").GetString()!,
            s.GetProperty("en").GetString()!,
            s.GetProperty("short_ja").GetString()!,
            s.GetProperty("short_en").GetString()!,
            s.GetProperty("public_sector").GetBoolean(),
            s.GetProperty("includes_ja").GetString()!,
            s.GetProperty("includes_en").GetString()!,
            s.GetProperty("profile_prompt_ja").GetString()!,
            s.GetProperty("profile_prompt_en").GetString()!)).OrderBy(s => s.Order).ToList();
    }
}
