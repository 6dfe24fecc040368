using NetworkBot.Core.Members;

namespace NetworkBot.Core.Tests.Members;

public class SectorsTests
{
    [Theory]
    [InlineData("municipal", "municipal")]
    [InlineData("Municipal", "municipal")]
    [InlineData("市区町村職員", "municipal")]
    [InlineData("市区町村", "municipal")]
    [InlineData("1", "municipal")]
    [InlineData("１", "municipal")]
    [InlineData("役場", "municipal")]
    [InlineData("npo_ngo", "npo_ngo")]
    [InlineData("NPO", "npo_ngo")]
    [InlineData("University / research institute", "academia")]
    [InlineData("大学", "academia")]
    [InlineData("議員", "assembly_member")]
    public void Find_WaysMembersWriteASector_FindsIt(string text, string id) => Assert.Equal(id, Sectors.Find(text)?.Id);

    [Fact]
    public void Find_LabelsOnly_IgnoresEverydayWords()
    {
        Assert.Null(Sectors.Find("大学", labelsOnly: true));
        Assert.Equal("academia", Sectors.Find("大学・研究", labelsOnly: true)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("宇宙")]
    public void Find_Unknown_ReturnsNull(string text) => Assert.Null(Sectors.Find(text));

    [Fact]
    public void Suggest_Typo_PutsTheIntendedSectorFirst()
    {
        Assert.Equal("municipal", Sectors.Suggest("市町村職").First().Id);
        Assert.Equal("prefectural", Sectors.Suggest("prefectual").First().Id);
    }

    [Fact]
    public void All_LoadsNineSectorsInOrder()
    {
        Assert.Equal(9, Sectors.All.Count);
        Assert.Equal("municipal", Sectors.All[0].Id);
        Assert.Equal("other", Sectors.All[^1].Id);
        Assert.All(Sectors.All, s => Assert.False(string.IsNullOrEmpty(s.AffiliationPromptJa)));
    }
}
