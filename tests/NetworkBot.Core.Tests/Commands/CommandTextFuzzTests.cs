using CsCheck;
using NetworkBot.Core.Commands;

namespace NetworkBot.Core.Tests.Commands;

/// <summary>
/// Random command text at the parser: whatever a member types (IME punctuation, stray quotes, control characters),
/// parsing never throws, and a value written with <see cref="CommandTextParser.Quote"/> always reads back unchanged
/// (forms and buttons build command lines that way).
/// </summary>
public sealed class CommandTextFuzzTests
{
    private const int Inputs = 5000;

    private static readonly Gen<string> Typed = Gen.Frequency(
        (3, Gen.String[Gen.Char[" \u3000\"“”＂「」『』\\:：/／abcxyz0123456789あ漢-_\t\n"], 0, 60]),
        (1, Gen.String[0, 60]));

    [Fact]
    public void ParseLine_AnyText_NeverThrowsAndNamesHaveNoSlash()
    {
        Typed.Sample(line =>
        {
            var (name, arguments) = CommandTextParser.ParseLine(line);

            Assert.False(name.StartsWith('/'));
            Assert.DoesNotContain(arguments.Positionals, p => p is null);
        }, iter: Inputs);
    }

    [Theory]
    [InlineData("“")]
    [InlineData("「会議」と“勉強会”")]
    [InlineData("＂全角＂\\")]
    public void Quote_ValueWithImeQuotes_ReadsBackUnchanged(string value)
    {
        Assert.Equal(value, CommandTextParser.ParseArguments("title:" + CommandTextParser.Quote(value)).Option("title"));
    }

    [Fact]
    public void Quote_AnyValue_ReadsBackUnchanged()
    {
        Typed.Sample(value =>
        {
            var arguments = CommandTextParser.ParseArguments("title:" + CommandTextParser.Quote(value));

            Assert.Equal(value, arguments.Option("title"));
        }, iter: Inputs);
    }
}
