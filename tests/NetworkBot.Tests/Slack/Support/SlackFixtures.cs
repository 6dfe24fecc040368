using System.Text;

namespace NetworkBot.Tests.Slack.Support;

/// <summary>
/// The shared conformance corpus (real Slack payloads and the signing vector). It lives in <c>shared/</c> beside the
/// repository: found by walking up from the test binaries to the folder holding NetworkBot.sln.
/// </summary>
internal static class SlackFixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Folder => Root.Value;

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    /// <summary>A file's exact bytes (the .txt bodies are signed as stored).</summary>
    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    /// <summary>A .json file's text without its one trailing newline, which is not part of the payload.</summary>
    public static string Json(string relative)
    {
        var text = File.ReadAllText(Path(relative), Encoding.UTF8);
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    public static IEnumerable<string> SlackFiles(string pattern) =>
        Directory.GetFiles(Path("slack"), pattern).Select(f => "slack/" + System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "NetworkBot.sln"))) continue;
            var fixtures = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "fixtures"));
            if (Directory.Exists(fixtures)) return fixtures;
            var inside = System.IO.Path.Combine(dir.FullName, "shared", "fixtures");
            if (Directory.Exists(inside)) return inside;
        }

        throw new DirectoryNotFoundException("shared/fixtures was not found beside the folder holding NetworkBot.sln.");
    }
}
