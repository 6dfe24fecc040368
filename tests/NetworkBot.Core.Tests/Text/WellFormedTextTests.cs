using System.Text;
using NetworkBot.Core.Text;

namespace NetworkBot.Core.Tests.Text;

public class WellFormedTextTests
{
    /// <summary>
    /// Text with unreadable parts and what it repairs to, by name: test runners mangle lone surrogates in theory
    /// data, so the strings are built here.
    /// </summary>
    public static readonly Dictionary<string, (string Text, string Repaired)> Broken = new()
    {
        ["high alone"] = ("山" + '\ud842' + "田", "山\ufffd田"),
        ["low alone"] = ("山" + '\udfb7' + "田", "山\ufffd田"),
        ["reversed pair"] = ("a" + '\udfb7' + '\ud842' + "b", "a\ufffd\ufffdb"),
        ["high at end"] = ("山田" + '\ud842', "山田\ufffd"),
        ["low at start"] = ('\udc00' + "山田", "\ufffd山田"),
        ["pair then lone"] = ("𠮷" + '\ud842', "𠮷\ufffd"),
        ["U+FFFE"] = ("a\ufffeb", "a\ufffdb"),
    };

    public static TheoryData<string> BrokenCases => [.. Broken.Keys];

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Repair_UnreadableCharacters_BecomeReplacementCharacters(string name)
    {
        var (text, repaired) = Broken[name];

        Assert.Equal(repaired, WellFormedText.Repair(text));
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Normalize_UnreadableCharacters_NormalizesTheRestInsteadOfThrowing(string name)
    {
        var (text, repaired) = Broken[name];
        Assert.Throws<ArgumentException>(() => text.Normalize(NormalizationForm.FormKC));

        Assert.Equal(repaired, WellFormedText.Normalize(text));
        Assert.Equal(repaired, WellFormedText.Normalize(text, NormalizationForm.FormD));
        Assert.Equal("A1" + repaired, WellFormedText.Normalize("Ａ１" + text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("山田 太郎")]
    [InlineData("𠮷野家 🎉")]
    [InlineData("\ufffd already replaced")]
    public void Repair_WellFormedText_ReturnedAsItIs(string text) => Assert.Same(text, WellFormedText.Repair(text));
}
