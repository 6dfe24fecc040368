using NetworkBot.Core.Text;

namespace NetworkBot.Core.Tests.Text;

public class MessageTextTests
{
    [Theory]
    [InlineData("hello @everyone", "@everyone")]
    [InlineData("@here come", "@here")]
    [InlineData("ping @channel now", "@channel")]
    [InlineData("全角 ＠everyone", "＠everyone")]
    [InlineData("slack <!channel>", "<!channel>")]
    [InlineData("slack <!here>", "<!here>")]
    [InlineData("slack <!everyone>", "<!everyone>")]
    [InlineData("group <!subteam^S123|team>", "<!subteam^S123|team>")]
    [InlineData("user <@U123ABC>", "<@U123ABC>")]
    [InlineData("discord role <@&123456>", "<@&123456>")]
    [InlineData("discord nick <@!42>", "<@!42>")]
    public void Neutralize_MentionSyntax_NoLongerContainsIt(string text, string mention)
    {
        var safe = MessageText.Neutralize(text);

        Assert.DoesNotContain(mention, safe, StringComparison.Ordinal);
        Assert.Equal(text, safe.Replace("\u200B", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("交通政策、行政評価")]
    [InlineData("mail me at taro@example.jp")]
    [InlineData("I <3 sauna")]
    public void Neutralize_OrdinaryText_Unchanged(string text) => Assert.Equal(text, MessageText.Neutralize(text));

    [Fact]
    public void Truncate_LongText_CutsWithEllipsis()
    {
        Assert.Equal("abcd…", MessageText.Truncate("abcdefgh", 5));
        Assert.Equal("abc", MessageText.Truncate("abc", 5));
    }
}
