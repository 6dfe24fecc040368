using NetworkBot.Core.Commands;

namespace NetworkBot.Core.Tests.Commands;

public class CommandTextParserTests
{
    [Fact]
    public void ParseLine_NameAndPositionals_SplitsOnSpaces()
    {
        var (name, args) = CommandTextParser.ParseLine("/event show 3");

        Assert.Equal("event", name);
        Assert.Equal(["show", "3"], args.Positionals);
        Assert.Empty(args.Options);
    }

    [Theory]
    [InlineData("/JOIN 3")]
    [InlineData("／join 3")]
    public void ParseLine_NameWithSlashOrCase_IsNormalized(string line)
    {
        var (name, args) = CommandTextParser.ParseLine(line);

        Assert.Equal("join", name);
        Assert.Equal(["3"], args.Positionals);
    }

    [Fact]
    public void ParseArguments_KeyValue_IsAnOption()
    {
        var args = CommandTextParser.ParseArguments("3 party:yes");

        Assert.Equal(["3"], args.Positionals);
        Assert.Equal("yes", args.Option("party"));
    }

    [Theory]
    [InlineData("title:\"まちづくり 勉強会\"")]
    [InlineData("title:「まちづくり 勉強会」")]
    [InlineData("title:“まちづくり 勉強会”")]
    public void ParseArguments_QuotedValue_KeepsSpaces(string text)
    {
        var args = CommandTextParser.ParseArguments(text + " capacity:30");

        Assert.Equal("まちづくり 勉強会", args.Option("title"));
        Assert.Equal("30", args.Option("capacity"));
        Assert.Empty(args.Positionals);
    }

    [Fact]
    public void ParseArguments_FullWidthSpacesAndColon_ReadLikeAscii()
    {
        var args = CommandTextParser.ParseArguments("3\u3000party：yes\u3000name：山田");

        Assert.Equal(["3"], args.Positionals);
        Assert.Equal("yes", args.Option("party"));
        Assert.Equal("山田", args.Option("name"));
    }

    [Fact]
    public void ParseArguments_EscapedQuoteInsideQuotes_IsKept()
    {
        var args = CommandTextParser.ParseArguments("reason:\"台風 \\\"大型\\\" 接近\"");

        Assert.Equal("台風 \"大型\" 接近", args.Option("reason"));
    }

    [Fact]
    public void ParseArguments_UrlOption_IsNotSplitAtItsColons()
    {
        var args = CommandTextParser.ParseArguments("url:https://example.jp/meet?id=1&t=14:00 capacity:30");

        Assert.Equal("https://example.jp/meet?id=1&t=14:00", args.Option("url"));
        Assert.Equal("30", args.Option("capacity"));
    }

    [Fact]
    public void ParseArguments_BareUrl_IsOnePositional()
    {
        var args = CommandTextParser.ParseArguments("https://example.jp/events/3");

        Assert.Equal(["https://example.jp/events/3"], args.Positionals);
        Assert.Empty(args.Options);
    }

    [Theory]
    [InlineData("start:2026-12-05 14:00", "2026-12-05 14:00")]
    [InlineData("start:12/5 14:00", "12/5 14:00")]
    [InlineData("start：2026/12/5\u3000１４：００", "2026/12/5 １４：００")]
    public void ParseArguments_UnquotedDateThenTime_JoinsTheTimeToTheOption(string text, string expected)
    {
        var args = CommandTextParser.ParseArguments(text + " capacity:30");

        Assert.Equal(expected, args.Option("start"));
        Assert.Empty(args.Positionals);
    }

    [Fact]
    public void ParseArguments_TimeAfterTimeOption_StaysPositional()
    {
        var args = CommandTextParser.ParseArguments("end:17:00 18:00");

        Assert.Equal("17:00", args.Option("end"));
        Assert.Equal(["18:00"], args.Positionals);
    }

    [Theory]
    [InlineData("タイトル", "title")]
    [InlineData("定員", "capacity")]
    [InlineData("懇親会定員", "party_capacity")]
    public void ParseArguments_JapaneseAlias_MapsToFixedKey(string alias, string key)
    {
        var args = CommandTextParser.ParseArguments($"{alias}：「値 です」");

        Assert.Equal("値 です", args.Option(key));
        Assert.False(args.Has(alias));
    }

    [Theory]
    [InlineData("台風接近")]
    [InlineData("会場の \"都合\" により")]
    [InlineData("back\\slash")]
    public void Quote_AnyValue_ParsesBackUnchanged(string value)
    {
        var arguments = CommandTextParser.ParseArguments($"reason:{CommandTextParser.Quote(value)} confirm:yes");

        Assert.Equal(value, arguments.Option("reason"));
        Assert.Equal("yes", arguments.Option("confirm"));
    }
}
