using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Members;

/// <summary>
/// What a member tells the network about themselves. Only <see cref="DisplayName"/> is required. The email is kept
/// for event registration and shown to organizers only; everything else is visible to other members.
/// </summary>
public sealed record MemberProfile
{
    /// <summary>The platform id (<c>slack:T1:U2</c>, <c>console:後藤</c>); one profile per member.</summary>
    public required string MemberId { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>ふりがな in hiragana, for sorting in 五十音 order.</summary>
    public string? Kana { get; init; }

    public string? Affiliation { get; init; }

    /// <summary>One of <see cref="Sectors.All"/> ids.</summary>
    public string? SectorId { get; init; }

    /// <summary>JIS X 0401 code (<c>06</c>) of the prefecture the member works in: it puts them on the 47 map.</summary>
    public string? PrefectureCode { get; init; }

    /// <summary>Role, department and career: 担当・経歴.</summary>
    public string? Role { get; init; }

    public string? Hometown { get; init; }

    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>Side activities and communities: the "second business card" (二枚目の名刺).</summary>
    public string? Activities { get; init; }

    /// <summary>What I can offer: 力になれること.</summary>
    public string? Offer { get; init; }

    /// <summary>What I am looking for: 探していること.</summary>
    public string? Want { get; init; }

    /// <summary>A free message; the introduction asks for a dream.</summary>
    public string? Message { get; init; }

    /// <summary>For registration; shown to organizers only.</summary>
    public string? Email { get; init; }

    public Language Language { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the member last confirmed <c>/introduce</c> (and so had the card posted), if ever.</summary>
    public DateTimeOffset? IntroducedAt { get; init; }

    public static MemberProfile New(MemberRef member, Language language, DateTimeOffset now) => new()
    {
        MemberId = member.Id,
        DisplayName = member.DisplayName,
        Language = language,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
