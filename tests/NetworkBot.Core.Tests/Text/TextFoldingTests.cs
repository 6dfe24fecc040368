using NetworkBot.Core.Text;

namespace NetworkBot.Core.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("データ", "でーた")]
    [InlineData("ﾃﾞｰﾀ", "でーた")]
    [InlineData("ＤＸ", "dx")]
    [InlineData("Civic Tech", "civictech")]
    [InlineData("山田　太郎", "山田太郎")]
    [InlineData("Tōkyō", "tokyo")]
    [InlineData("が", "が")]
    public void Fold_VariantSpellings_MeetTheSameKey(string text, string expected) => Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void KatakanaToHiragana_Reading_BecomesHiragana() => Assert.Equal("やまだ たろう", TextFolding.KatakanaToHiragana("ヤマダ タロウ"));

    [Theory]
    [InlineData("\ud800山田", "山田")]
    [InlineData("山田\udfff", "山田")]
    [InlineData("𠮷野\ud842", "𠮷の")]
    public void Fold_LoneSurrogate_DroppedInsteadOfThrowing(string text, string expected)
    {
        Assert.Equal(TextFolding.Fold(expected), TextFolding.Fold(text));
    }
}
