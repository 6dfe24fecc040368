namespace NetworkBot.Core.Members;

/// <summary>One member sector (区分) from <c>sectors.json</c>. Profiles store <see cref="Id"/>, never a label.</summary>
public sealed record Sector(
    string Id,
    int Order,
    string NameJa,
    string NameEn,
    string ShortJa,
    string ShortEn,
    bool PublicSector,
    string IncludesJa,
    string IncludesEn,
    string AffiliationPromptJa,
    string AffiliationPromptEn);
