using NetworkBot.Core.Platform;
using NetworkBot.Core.Regions;

namespace NetworkBot.Core.Tests.Regions;

public class PrefecturesTests
{
    [Fact]
    public void All_HasTheFortySevenPrefecturesWithUniqueCodes()
    {
        Assert.Equal(47, Prefectures.All.Count);
        Assert.Equal(47, Prefectures.All.Select(p => p.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("山形")]
    [InlineData("山形県")]
    [InlineData("やまがた")]
    [InlineData("yamagata")]
    [InlineData("yamagata-ken")]
    [InlineData("０６")]
    public void Find_AnySpelling_FindsYamagata(string text)
    {
        Assert.Equal("06", Prefectures.Find(text)?.Code);
    }

    [Theory]
    [InlineData("東京", "13")]
    [InlineData("京都", "26")]
    public void Find_OtherPrefectures_AreNotConfused(string text, string code)
    {
        Assert.Equal(code, Prefectures.Find(text)?.Code);
    }

    [Fact]
    public void Find_Misspelling_ReturnsNull()
    {
        Assert.Null(Prefectures.Find("山型"));
    }

    [Theory]
    [InlineData("山型", "06")]
    [InlineData("yamagta", "06")]
    public void Suggest_Misspelling_PutsTheIntendedPrefectureFirst(string text, string code)
    {
        var suggestions = Prefectures.Suggest(text);

        Assert.Equal(3, suggestions.Count);
        Assert.Equal(code, suggestions[0].Code);
    }

    [Fact]
    public void DisplayName_ByLanguage_UsesThatLanguage()
    {
        var yamagata = Prefectures.ByCode("06")!;

        Assert.Equal("山形県", Prefectures.DisplayName(yamagata, Language.Ja));
        Assert.Equal("Yamagata", Prefectures.DisplayName(yamagata, Language.En));
    }
}
