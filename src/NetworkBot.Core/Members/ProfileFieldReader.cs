using System.Net.Mail;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>A checked value for one profile field. <see cref="Text"/> null clears the field.</summary>
public sealed record ProfileValue(string Key, string? Text, IReadOnlyList<string> Tags);

/// <summary>
/// Checks what a member typed for one profile field and turns it into what is stored: prefecture codes, sector ids,
/// ふりがな in hiragana, interests as tags. The same rules serve the guided introduction, forms and <c>key:value</c> edits.
/// </summary>
public static class ProfileFieldReader
{
    private static readonly char[] TagSeparators = [',', '、', '，', '､', ';', '；', '\n'];

    /// <summary>Words that empty an optional field: <c>-</c>, なし, none.</summary>
    public static bool IsClear(string text) => TextFolding.Fold(text) is "" or "-" or "ー" or "なし" or "none" or "/clear";

    public static (ProfileValue? Value, string? Error) Read(string key, string text, Texts texts)
    {
        var trimmed = text.Trim();
        if (IsClear(trimmed))
        {
            return key == ProfileFields.Name ? (null, texts.ProfileNameRequired) : (new ProfileValue(key, null, []), null);
        }

        var max = ProfileFields.MaxLength(key);
        switch (key)
        {
            case ProfileFields.Prefecture:
                return Prefectures.Find(trimmed) is { } prefecture
                    ? (new ProfileValue(key, prefecture.Code, []), null)
                    : (null, texts.UnknownPrefecture(trimmed, Prefectures.Suggest(trimmed)));
            case ProfileFields.Sector:
                return Sectors.Find(trimmed) is { } sector
                    ? (new ProfileValue(key, sector.Id, []), null)
                    : (null, texts.UnknownSector(trimmed, Sectors.Suggest(trimmed)));
            case ProfileFields.Interests:
                return ReadInterests(trimmed, texts);
            case ProfileFields.Email:
                if (trimmed.Length > max) return (null, texts.ProfileTooLong(key, max, trimmed.Length));
                return IsEmail(trimmed) ? (new ProfileValue(key, trimmed, []), null) : (null, texts.InvalidEmail(trimmed));
        }

        if (trimmed.Length > max) return (null, texts.ProfileTooLong(key, max, trimmed.Length));
        if (key == ProfileFields.Kana && trimmed.Any(IsKanji)) return (null, texts.KanaNotReading(trimmed));
        var stored = key == ProfileFields.Kana ? TextFolding.KatakanaToHiragana(trimmed) : trimmed;
        return (new ProfileValue(key, stored, []), null);
    }

    public static MemberProfile Apply(MemberProfile profile, ProfileValue value) => value.Key switch
    {
        ProfileFields.Name => profile with { DisplayName = value.Text ?? profile.DisplayName },
        ProfileFields.Kana => profile with { Kana = value.Text },
        ProfileFields.Affiliation => profile with { Affiliation = value.Text },
        ProfileFields.Sector => profile with { SectorId = value.Text },
        ProfileFields.Prefecture => profile with { PrefectureCode = value.Text },
        ProfileFields.Role => profile with { Role = value.Text },
        ProfileFields.Hometown => profile with { Hometown = value.Text },
        ProfileFields.Interests => profile with { Interests = value.Tags },
        ProfileFields.Activities => profile with { Activities = value.Text },
        ProfileFields.Offer => profile with { Offer = value.Text },
        ProfileFields.Want => profile with { Want = value.Text },
        ProfileFields.Message => profile with { Message = value.Text },
        ProfileFields.Email => profile with { Email = value.Text },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Key, "Not a profile field."),
    };

    private static (ProfileValue? Value, string? Error) ReadInterests(string text, Texts texts)
    {
        var max = ProfileFields.MaxLength(ProfileFields.Interests);
        if (text.Length > max) return (null, texts.ProfileTooLong(ProfileFields.Interests, max, text.Length));
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = part.TrimStart('#', '＃').Trim();
            if (tag.Length == 0 || !seen.Add(TextFolding.Fold(tag))) continue;
            if (tag.Length > ProfileFields.InterestMaxLength) return (null, texts.InterestTooLong(tag, ProfileFields.InterestMaxLength));
            tags.Add(tag);
        }

        if (tags.Count > ProfileFields.MaxInterests) return (null, texts.TooManyInterests(tags.Count, ProfileFields.MaxInterests));
        return (new ProfileValue(ProfileFields.Interests, string.Join(",", tags), tags), null);
    }

    /// <summary>ふりがな are kana (or Latin letters for names written so), never kanji.</summary>
    private static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々';

    internal static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
