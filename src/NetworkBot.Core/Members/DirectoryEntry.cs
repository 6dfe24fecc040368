using System.Text;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// One member as the directory keeps them in memory, kept small because there may be tens of thousands: what a
/// result line shows, and one folded search text whose fields (name, ふりがな, interests, affiliation, …) are separated
/// so that a keyword never spans two of them. The sort key and the folded name are ranges of that text, not copies.
/// </summary>
public sealed class DirectoryEntry
{
    internal const char FieldSeparator = '\u0001';
    internal const char TagSeparator = '\u0002';

    private readonly short _nameLength;
    private readonly short _kanaStart;
    private readonly short _kanaLength;

    private DirectoryEntry(MemberProfile profile, Func<string, string> pool)
    {
        MemberId = profile.MemberId;
        DisplayName = profile.DisplayName;
        Affiliation = profile.Affiliation;
        PrefectureCode = Prefectures.ByCode(profile.PrefectureCode)?.Code;
        SectorId = Sectors.ById(profile.SectorId)?.Id;
        Interests = profile.Interests.Take(ProfileCards.InterestsInLine).Select(pool).ToArray();
        HasMoreInterests = profile.Interests.Count > ProfileCards.InterestsInLine;
        SearchText = BuildSearchText(profile);
        _nameLength = (short)SearchText.IndexOf(FieldSeparator, StringComparison.Ordinal);
        _kanaStart = (short)(_nameLength + 1);
        _kanaLength = (short)(SearchText.IndexOf(FieldSeparator, _kanaStart) - _kanaStart);
    }

    public string MemberId { get; }

    public string DisplayName { get; }

    public string? Affiliation { get; }

    public string? PrefectureCode { get; }

    public string? SectorId { get; }

    /// <summary>The first few interests, as a result line shows them.</summary>
    public IReadOnlyList<string> Interests { get; }

    public bool HasMoreInterests { get; }

    /// <summary>The folded fields in <see cref="SearchField"/> order, joined by <see cref="FieldSeparator"/>.</summary>
    internal string SearchText { get; private set; }

    internal ReadOnlySpan<char> FoldedName => SearchText.AsSpan(0, _nameLength);

    /// <summary>ふりがな (or the name when there is none), folded: results of equal relevance are listed in this order.</summary>
    internal ReadOnlySpan<char> SortKey => _kanaLength > 0 ? SearchText.AsSpan(_kanaStart, _kanaLength) : FoldedName;

    /// <summary>Builds the entry sharing repeated interest strings through <paramref name="pool"/>.</summary>
    internal static DirectoryEntry From(MemberProfile profile, Func<string, string> pool) => new(profile, pool);

    /// <summary>
    /// Copies the search text afresh. Called in 五十音 order right after loading, so the texts a search scans one after
    /// another also sit one after another in memory: the scan then streams instead of jumping around.
    /// </summary>
    internal void CopySearchText() => SearchText = new string(SearchText.AsSpan());

    internal static int Compare(DirectoryEntry a, DirectoryEntry b)
    {
        var bySortKey = a.SortKey.SequenceCompareTo(b.SortKey);
        return bySortKey != 0 ? bySortKey : string.CompareOrdinal(a.MemberId, b.MemberId);
    }

    private static string BuildSearchText(MemberProfile p)
    {
        var text = new StringBuilder(256);
        foreach (var field in Enum.GetValues<SearchField>())
        {
            if (field != SearchField.Name) text.Append(FieldSeparator);
            switch (field)
            {
                case SearchField.Name: text.Append(TextFolding.Fold(p.DisplayName)); break;
                case SearchField.Kana: text.Append(TextFolding.Fold(p.Kana)); break;
                case SearchField.Interests: text.AppendJoin(TagSeparator, p.Interests.Select(TextFolding.Fold)); break;
                case SearchField.Affiliation: text.Append(TextFolding.Fold(p.Affiliation)); break;
                case SearchField.Activities: text.Append(TextFolding.Fold(p.Activities)); break;
                case SearchField.Offer: text.Append(TextFolding.Fold(p.Offer)); break;
                case SearchField.Want: text.Append(TextFolding.Fold(p.Want)); break;
                case SearchField.Role: text.Append(TextFolding.Fold(p.Role)); break;
                case SearchField.Hometown: text.Append(TextFolding.Fold(p.Hometown)); break;
            }
        }

        return text.ToString();
    }
}

/// <summary>The searched fields, in the order they sit in <see cref="DirectoryEntry.SearchText"/>.</summary>
internal enum SearchField
{
    Name,
    Kana,
    Interests,
    Affiliation,
    Activities,
    Offer,
    Want,
    Role,
    Hometown,
}
