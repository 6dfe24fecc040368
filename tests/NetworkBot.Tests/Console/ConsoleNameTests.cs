using NetworkBot.Console;
using NetworkBot.Core.Platform;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Console;

/// <summary>
/// The console's <c>--as NAME</c> becomes the member's id in the data file (found by the command-line fuzz): a name too
/// long for an index key is refused at start, and a name holding half a surrogate pair finds its own profile again.
/// </summary>
public sealed class ConsoleNameTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void FromArguments_NameLongerThanAnyName_RefusedNamingTheOption()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ConsoleIdentity.FromArguments(["--as", new string('あ', 400)], Language.Ja));

        Assert.StartsWith("--as NAME", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new string('あ', 100), ConsoleIdentity.FromArguments(["--as", new string('あ', 100)], Language.Ja).Name);
    }

    [Fact]
    public async Task Console_NameLongerThanAnyName_StopsBeforeRunningAnything()
    {
        using var output = new StringWriter();

        var exit = await ConsoleApp.RunAsync([$"--Storage:Path={_file.Path}", "--as", new string('あ', 400)], new StringReader("/remind 1 off\n/profile edit affiliation:x\n"), output, interactive: false);

        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Console_NameWithLoneSurrogate_FindsItsOwnProfileAgain()
    {
        using var output = new StringWriter();
        var name = "山" + '\ud842' + "田";

        var exit = await ConsoleApp.RunAsync(
            [$"--Storage:Path={_file.Path}", "--as", name], new StringReader("/profile edit affiliation:酒田市\n/profile\n"), output, interactive: false);

        Assert.Equal(0, exit);
        var profile = output.ToString()[output.ToString().LastIndexOf("> /profile", StringComparison.Ordinal)..];
        Assert.Contains("■ 山\ufffd田さん", profile);
        Assert.Contains("所属: 酒田市", profile);
    }
}
