namespace NetworkBot.Core.Members;

/// <summary>
/// What <c>/members</c> asks for: optional prefecture and sector filters, keywords that must all match, and a page.
/// </summary>
public sealed record DirectoryQuery(string? PrefectureCode, string? SectorId, IReadOnlyList<string> Keywords, int Page = 1)
{
    public const int PageSize = 10;

    public bool HasFilter => PrefectureCode is not null || SectorId is not null || Keywords.Count > 0;
}

/// <summary>One page of directory results, most relevant first, and how many matched in all.</summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Entries, int Total, int Page, int PageCount);
