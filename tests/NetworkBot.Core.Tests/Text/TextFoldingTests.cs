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

    [Fact]
    public void Fold_LoneSurrogate_DroppedInsteadOfThrowing()
    {
        // Built in code: test runners mangle lone surrogates in theory data.
        Assert.Equal(TextFolding.Fold("山田"), TextFolding.Fold('\ud800' + "山田"));
        Assert.Equal(TextFolding.Fold("山田"), TextFolding.Fold("山田" + '\udfff'));
        Assert.Equal(TextFolding.Fold("𠮷野"), TextFolding.Fold("𠮷野" + '\ud842'));
    }
}
