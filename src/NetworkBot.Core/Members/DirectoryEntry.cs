using System.Text;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// One member as the directory keeps them in memory: what a result line shows, and one folded search text whose
/// fields (name, ふりがな, interests, affiliation, …) are separated so a keyword never spans two of them.
/// </summary>
public sealed class DirectoryEntry
{
    internal const char FieldSeparator = '\u0001';
    internal const char TagSeparator = '\u0002';

    private DirectoryEntry(MemberProfile profile)
    {
        MemberId = profile.MemberId;
        DisplayName = profile.DisplayName;
        Affiliation = profile.Affiliation;
        PrefectureCode = profile.PrefectureCode;
        SectorId = profile.SectorId;
        Interests = profile.Interests;
        SortKey = TextFolding.Fold(string.IsNullOrWhiteSpace(profile.Kana) ? profile.DisplayName : profile.Kana);
        FoldedName = TextFolding.Fold(profile.DisplayName);
        SearchText = BuildSearchText(profile);
    }

    public string MemberId { get; }

    public string DisplayName { get; }

    public string? Affiliation { get; }

    public string? PrefectureCode { get; }

    public string? SectorId { get; }

    public IReadOnlyList<string> Interests { get; }

    /// <summary>ふりがな (or the name) folded: results of equal relevance are listed in this order.</summary>
    internal string SortKey { get; }

    internal string FoldedName { get; }

    /// <summary>The folded fields in <see cref="SearchField"/> order, joined by <see cref="FieldSeparator"/>.</summary>
    internal string SearchText { get; }

    public static DirectoryEntry From(MemberProfile profile) => new(profile);

    internal static int Compare(DirectoryEntry a, DirectoryEntry b)
    {
        var bySortKey = string.CompareOrdinal(a.SortKey, b.SortKey);
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
