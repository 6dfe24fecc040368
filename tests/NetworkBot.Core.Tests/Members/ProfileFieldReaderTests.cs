using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;

namespace NetworkBot.Core.Tests.Members;

public class ProfileFieldReaderTests
{
    private static readonly Texts Ja = Texts.Japanese;

    [Theory]
    [InlineData("山形")]
    [InlineData("山形県")]
    [InlineData("yamagata")]
    [InlineData("Yamagata")]
    [InlineData("06")]
    [InlineData("６")]
    [InlineData("やまがた")]
    public void Read_PrefectureWrittenAnyWay_StoresTheCode(string text)
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Prefecture, text, Ja);

        Assert.Null(error);
        Assert.Equal("06", value!.Text);
    }

    [Fact]
    public void Read_UnknownPrefecture_SaysSoAndListsTheNearest()
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Prefecture, "山形けん", Ja);

        Assert.Null(value);
        Assert.Contains("山形けん", error);
        Assert.Contains("山形県", error);
    }

    [Fact]
    public void Read_UnknownSector_SaysSoAndListsTheNearest()
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Sector, "市町村職", Ja);

        Assert.Null(value);
        Assert.Contains("市町村職", error);
        Assert.Contains("市区町村職員（municipal）", error);
    }

    [Fact]
    public void Read_OverLongAnswer_SaysTheLimit()
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Affiliation, new string('あ', 101), Ja);

        Assert.Null(value);
        Assert.Contains("100文字", error);
        Assert.Contains("101文字", error);
    }

    [Fact]
    public void Read_OverLongAnswerInEnglish_SaysTheLimit()
    {
        var (_, error) = ProfileFieldReader.Read(ProfileFields.Message, new string('a', 501), Texts.English);

        Assert.Contains("at most 500 characters", error);
    }

    [Fact]
    public void Read_Interests_SplitOnCommasAndReadingMarks_WithoutDuplicates()
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Interests, "交通政策、行政評価, #サウナ，交通政策", Ja);

        Assert.Null(error);
        Assert.Equal(["交通政策", "行政評価", "サウナ"], value!.Tags);
    }

    [Fact]
    public void Read_TooManyInterests_SaysTheLimit()
    {
        var (_, error) = ProfileFieldReader.Read(ProfileFields.Interests, string.Join(",", Enumerable.Range(1, 11).Select(i => $"t{i}")), Ja);

        Assert.Contains("10個まで", error);
    }

    [Fact]
    public void Read_KanaInKatakana_StoredInHiragana()
    {
        var (value, _) = ProfileFieldReader.Read(ProfileFields.Kana, "ヤマダ タロウ", Ja);

        Assert.Equal("やまだ たろう", value!.Text);
    }

    [Fact]
    public void Read_KanaWithKanji_Refused()
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Kana, "山田", Ja);

        Assert.Null(value);
        Assert.NotNull(error);
    }

    [Fact]
    public void Read_BadEmail_Refused() => Assert.NotNull(ProfileFieldReader.Read(ProfileFields.Email, "taro@", Ja).Error);

    [Theory]
    [InlineData("-")]
    [InlineData("なし")]
    [InlineData("none")]
    public void Read_ClearWord_ClearsOptionalField(string text)
    {
        var (value, error) = ProfileFieldReader.Read(ProfileFields.Want, text, Ja);

        Assert.Null(error);
        Assert.Null(value!.Text);
    }

    [Fact]
    public void Read_ClearName_Refused() => Assert.NotNull(ProfileFieldReader.Read(ProfileFields.Name, "-", Ja).Error);
}
