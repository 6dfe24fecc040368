using NetworkBot.Core.Commands;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Tests.Members.Fakes;

/// <summary>Small builders shared by the member tests.</summary>
internal static class Profiles
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 3, 0, 0, TimeSpan.Zero);

    public static MemberProfile Make(string name, string? kana = null, string? prefecture = null, string? sector = null,
        string? affiliation = null, string[]? interests = null, string? activities = null, string? offer = null, string? want = null,
        string? email = null, string? id = null) => new()
    {
        MemberId = id ?? $"console:{name}",
        DisplayName = name,
        Kana = kana,
        PrefectureCode = prefecture,
        SectorId = sector,
        Affiliation = affiliation,
        Interests = interests ?? [],
        Activities = activities,
        Offer = offer,
        Want = want,
        Email = email,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static CommandContext Context(string name, bool organizer = false, Language language = Language.Ja) =>
        new(new MemberRef($"console:{name}", name), new ChannelRef("console:general"), language, organizer);

    public static async Task<MemberDirectory> DirectoryWith(params MemberProfile[] profiles)
    {
        var store = new InMemoryMemberStore();
        foreach (var profile in profiles) await store.SaveAsync(profile, CancellationToken.None);
        return new MemberDirectory(store);
    }
}
