namespace NetworkBot.Core.Regions;

/// <summary>One of the 47 prefectures, with its JIS X 0401 code, names, region and tile-map cell.</summary>
public sealed record Prefecture(
    string Code,
    string NameJa,
    string NameJaShort,
    string Kana,
    string KanaShort,
    string Romaji,
    string NameEn,
    string Slug,
    string RegionId,
    string RegionJa,
    string RegionEn,
    int TileRow,
    int TileColumn);
