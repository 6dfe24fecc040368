using NetworkBot.Core.Platform;
using NetworkBot.Core.Regions;

namespace NetworkBot.Core.Members;

/// <summary>
/// The option keys of <c>/profile edit</c> (fixed: Discord uses them as option names), their limits, and each field's
/// current value written the way a member would type it, for prefilled questions and forms.
/// </summary>
public static class ProfileFields
{
    public const string Name = "name";
    public const string Kana = "kana";
    public const string Affiliation = "affiliation";
    public const string Sector = "sector";
    public const string Prefecture = "prefecture";
    public const string Role = "role";
    public const string Hometown = "hometown";
    public const string Interests = "interests";
    public const string Activities = "activities";
    public const string Offer = "offer";
    public const string Want = "want";
    public const string Message = "message";
    public const string Email = "email";

    public static readonly string[] All = [Name, Kana, Affiliation, Sector, Prefecture, Role, Hometown, Interests, Activities, Offer, Want, Message, Email];

    public const int MaxInterests = 10;
    public const int InterestMaxLength = 30;

    public static int MaxLength(string key) => key switch
    {
        Name or Kana or Hometown => 60,
        Affiliation => 100,
        Sector or Prefecture => 40,
        Role or Interests => 200,
        Activities or Offer or Want => 300,
        Message => 500,
        Email => 254,
        _ => 200,
    };

    /// <summary>The field's value as a member would type it (labels, not ids), or null when empty.</summary>
    public static string? Current(MemberProfile profile, string key, Language language) => key switch
    {
        Name => string.IsNullOrWhiteSpace(profile.DisplayName) ? null : profile.DisplayName,
        Kana => profile.Kana,
        Affiliation => profile.Affiliation,
        Sector => Sectors.ById(profile.SectorId) is { } sector ? Sectors.DisplayName(sector, language) : null,
        Prefecture => Prefectures.ByCode(profile.PrefectureCode) is { } prefecture ? Prefectures.DisplayName(prefecture, language) : null,
        Role => profile.Role,
        Hometown => profile.Hometown,
        Interests => profile.Interests.Count == 0 ? null : string.Join(language == Language.En ? ", " : "、", profile.Interests),
        Activities => profile.Activities,
        Offer => profile.Offer,
        Want => profile.Want,
        Message => profile.Message,
        Email => profile.Email,
        _ => null,
    };
}
