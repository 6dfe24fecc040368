using System.Text.Json;

namespace NetworkBot.Tests.Discord.Support;

/// <summary>
/// The shared conformance fixtures: <c>../shared/fixtures</c> beside the folder that holds NetworkBot.sln (CI clones
/// the repository with shared/ beside it).
/// </summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));

    public static JsonDocument Json(string relative) => JsonDocument.Parse(File.ReadAllText(Path(relative)));

    /// <summary>A fixture's payload bytes: the file without the one trailing newline the README says is not part of it.</summary>
    public static byte[] Payload(string relative) => System.Text.Encoding.UTF8.GetBytes(Text(relative).TrimEnd('\n'));

    public static IEnumerable<string> Discord(string pattern) =>
        Directory.GetFiles(Path("discord"), pattern).Select(f => "discord/" + System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NetworkBot.sln")))
            {
                var fixtures = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "fixtures"));
                if (Directory.Exists(fixtures)) return fixtures;
                throw new DirectoryNotFoundException($"The shared fixtures are expected at {fixtures} (shared/ beside the repository).");
            }
        }

        throw new DirectoryNotFoundException("NetworkBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
