using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Members;

public class ProfileEditorTests
{
    [Fact]
    public void Apply_SeveralFields_ChangesThemAllAndListsThem()
    {
        var current = Profiles.Make("後藤");
        var args = CommandTextParser.ParseArguments("prefecture:山形 sector:municipal interests:\"交通政策,行政評価\"");

        var edit = ProfileEditor.Apply(current, args, Texts.Japanese);

        Assert.True(edit.IsValid);
        Assert.Equal("06", edit.Profile!.PrefectureCode);
        Assert.Equal("municipal", edit.Profile.SectorId);
        Assert.Equal(["交通政策", "行政評価"], edit.Profile.Interests);
        Assert.Equal([ProfileFields.Sector, ProfileFields.Prefecture, ProfileFields.Interests], edit.ChangedKeys);
    }

    [Fact]
    public void Apply_OneBadValue_ChangesNothingAndReportsEveryProblem()
    {
        var current = Profiles.Make("後藤", prefecture: "13");
        var args = CommandTextParser.ParseArguments("prefecture:やまがt sector:宇宙 affiliation:ok");

        var edit = ProfileEditor.Apply(current, args, Texts.Japanese);

        Assert.False(edit.IsValid);
        Assert.Null(edit.Profile);
        Assert.Equal(2, edit.Errors.Count);
    }

    [Fact]
    public void Apply_UnknownKeyOrBareWord_Refused()
    {
        var edit = ProfileEditor.Apply(Profiles.Make("後藤"), CommandTextParser.ParseArguments("color:red hello"), Texts.Japanese);

        Assert.Equal(2, edit.Errors.Count);
        Assert.Contains(edit.Errors, e => e.Contains("color", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_JapaneseKeyAliases_Work()
    {
        var edit = ProfileEditor.Apply(Profiles.Make("後藤"), CommandTextParser.ParseArguments("都道府県：宮城 区分：2 ふりがな：ゴトウ"), Texts.Japanese);

        Assert.True(edit.IsValid);
        Assert.Equal("04", edit.Profile!.PrefectureCode);
        Assert.Equal("prefectural", edit.Profile.SectorId);
        Assert.Equal("ごとう", edit.Profile.Kana);
    }
}
