using NetworkBot.Core.Members;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Members;

public class MemberDirectoryTests
{
    private static DirectoryQuery Keywords(params string[] words) => new(null, null, words);

    [Fact]
    public async Task SearchAsync_Keyword_RanksNameAboveInterestAboveAffiliationAboveActivities()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("佐藤", kana: "さとう", activities: "交通ボランティア"),
            Profiles.Make("鈴木", kana: "すずき", affiliation: "交通局"),
            Profiles.Make("高橋", kana: "たかはし", interests: ["交通"]),
            Profiles.Make("交通 太郎", kana: "こうつう たろう"),
            Profiles.Make("田中", kana: "たなか", interests: ["サウナ"]));

        var page = await directory.SearchAsync(Keywords("交通"), CancellationToken.None);

        Assert.Equal(["交通 太郎", "高橋", "鈴木", "佐藤"], page.Entries.Select(e => e.DisplayName));
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task SearchAsync_ExactInterestTag_BeatsAPartOfOne()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("あ", kana: "あ", interests: ["地域交通政策"]),
            Profiles.Make("い", kana: "い", interests: ["交通"]));

        var page = await directory.SearchAsync(Keywords("交通"), CancellationToken.None);

        Assert.Equal("い", page.Entries[0].DisplayName);
    }

    [Fact]
    public async Task SearchAsync_SeveralKeywords_AllMustMatch()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("あ", interests: ["交通", "データ"]),
            Profiles.Make("い", interests: ["交通"]),
            Profiles.Make("う", interests: ["データ"], offer: "交通計画の相談"));

        var page = await directory.SearchAsync(Keywords("交通", "データ"), CancellationToken.None);

        Assert.Equal(["あ", "う"], page.Entries.Select(e => e.DisplayName));
    }

    [Theory]
    [InlineData("でーた")]
    [InlineData("ﾃﾞｰﾀ")]
    [InlineData("データ")]
    [InlineData("OPEN")]
    [InlineData("ｏｐｅｎ")]
    public async Task SearchAsync_WidthCaseAndKanaKind_DoNotMatter(string keyword)
    {
        var directory = await Profiles.DirectoryWith(Profiles.Make("あ", interests: ["データ分析", "open data"]), Profiles.Make("い"));

        var page = await directory.SearchAsync(Keywords(keyword), CancellationToken.None);

        Assert.Equal(["あ"], page.Entries.Select(e => e.DisplayName));
    }

    [Fact]
    public async Task SearchAsync_EnglishAndJapaneseFields_BothSearched()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("Alice", want: "people working on civic tech"),
            Profiles.Make("山田", offer: "シビックテックの相談"));

        Assert.Equal("Alice", (await directory.SearchAsync(Keywords("civic", "tech"), CancellationToken.None)).Entries.Single().DisplayName);
        Assert.Equal("山田", (await directory.SearchAsync(Keywords("シビックテック"), CancellationToken.None)).Entries.Single().DisplayName);
    }

    [Fact]
    public async Task SearchAsync_PrefectureAndSectorFilters_KeepOnlyMatches()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("あ", prefecture: "06", sector: "municipal"),
            Profiles.Make("い", prefecture: "06", sector: "private"),
            Profiles.Make("う", prefecture: "04", sector: "municipal"));

        var page = await directory.SearchAsync(new DirectoryQuery("06", "municipal", []), CancellationToken.None);

        Assert.Equal(["あ"], page.Entries.Select(e => e.DisplayName));
    }

    [Fact]
    public async Task SearchAsync_NoKeyword_ListsInKanaOrder()
    {
        var directory = await Profiles.DirectoryWith(
            Profiles.Make("渡辺", kana: "わたなべ"),
            Profiles.Make("伊藤", kana: "イトウ"),
            Profiles.Make("佐藤", kana: "さとう"));

        var page = await directory.SearchAsync(Keywords(), CancellationToken.None);

        Assert.Equal(["伊藤", "佐藤", "渡辺"], page.Entries.Select(e => e.DisplayName));
    }

    [Fact]
    public async Task SearchAsync_Paging_TenAPageAndTheLastPageHoldsTheRest()
    {
        var profiles = Enumerable.Range(1, 25).Select(i => Profiles.Make($"m{i:D2}", interests: ["防災"])).ToArray();
        var directory = await Profiles.DirectoryWith(profiles);

        var first = await directory.SearchAsync(Keywords("防災"), CancellationToken.None);
        var second = await directory.SearchAsync(Keywords("防災") with { Page = 2 }, CancellationToken.None);
        var third = await directory.SearchAsync(Keywords("防災") with { Page = 3 }, CancellationToken.None);
        var beyond = await directory.SearchAsync(Keywords("防災") with { Page = 9 }, CancellationToken.None);

        Assert.Equal(10, first.Entries.Count);
        Assert.Equal(3, first.PageCount);
        Assert.Equal("m11", second.Entries[0].DisplayName);
        Assert.Equal(5, third.Entries.Count);
        Assert.Equal(25, first.Entries.Concat(second.Entries).Concat(third.Entries).Select(e => e.MemberId).Distinct().Count());
        Assert.Equal(3, beyond.Page);
        Assert.Equal(third.Entries, beyond.Entries);
    }

    [Fact]
    public async Task UpsertAsync_ChangedProfile_ReplacesTheOldEntry()
    {
        var directory = await Profiles.DirectoryWith(Profiles.Make("後藤", interests: ["交通"]));

        await directory.UpsertAsync(Profiles.Make("後藤", interests: ["防災"], prefecture: "06"), CancellationToken.None);

        Assert.Equal(0, (await directory.SearchAsync(Keywords("交通"), CancellationToken.None)).Total);
        Assert.Equal(1, (await directory.SearchAsync(Keywords("防災"), CancellationToken.None)).Total);
        Assert.Equal(1, (await directory.SearchAsync(Keywords(), CancellationToken.None)).Total);
        Assert.Equal(1, (await directory.CountByPrefectureAsync(CancellationToken.None)).ByPrefecture["06"]);
    }

    [Fact]
    public async Task RemoveAsync_ErasedMember_NoLongerFound()
    {
        var directory = await Profiles.DirectoryWith(Profiles.Make("後藤"), Profiles.Make("佐藤"));

        await directory.RemoveAsync("console:後藤", CancellationToken.None);

        Assert.Equal(["佐藤"], (await directory.SearchAsync(Keywords(), CancellationToken.None)).Entries.Select(e => e.DisplayName));
        Assert.Empty(await directory.FindByNameAsync("後藤", CancellationToken.None));
    }

    [Fact]
    public async Task FindByNameAsync_NameOrReadingInAnySpelling_Found()
    {
        var directory = await Profiles.DirectoryWith(Profiles.Make("山田 太郎", kana: "やまだ たろう"));

        Assert.Single(await directory.FindByNameAsync("山田太郎", CancellationToken.None));
        Assert.Single(await directory.FindByNameAsync("ヤマダタロウ", CancellationToken.None));
        Assert.Empty(await directory.FindByNameAsync("山田", CancellationToken.None));
    }
}
