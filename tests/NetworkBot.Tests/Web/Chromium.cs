using System.Diagnostics;

namespace NetworkBot.Tests.Web;

/// <summary>
/// Debian's headless Chromium, used as a real visitor's browser. Locally the browser test is skipped when it is
/// not installed; under CI (<c>CI=true</c>) it must be there, so the test runs and fails loudly instead.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads <paramref name="url"/> and returns the DOM as the browser built it; killed after <paramref name="timeout"/>.</summary>
    public static async Task<string> DumpDomAsync(string url, string acceptLanguage, TimeSpan timeout)
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "Chromium is not installed. On Debian: apt-get update && apt-get install -y chromium");
        var profile = Directory.CreateTempSubdirectory("networkbot-chromium-");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            $"--user-data-dir={profile.FullName}", $"--accept-lang={acceptLanguage}", "--window-size=390,844", "--dump-dom", url,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var dom = process.StandardOutput.ReadToEndAsync(cancel.Token);
            var errors = process.StandardError.ReadToEndAsync(cancel.Token);
            await process.WaitForExitAsync(cancel.Token);
            var html = await dom;
            if (html.Length == 0) throw new InvalidOperationException("Chromium printed no DOM. Its messages:\n" + await errors);
            return html;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Chromium did not finish loading {url} within {timeout.TotalSeconds:0} s.");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be releasing its profile; it is a temporary folder.
            }
        }
    }
}

/// <summary>A fact that needs Chromium: skipped with the install line when it is missing locally, never under CI.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null && !Chromium.IsRequired)
        {
            Skip = "Chromium is not installed, so the real-browser test is skipped (CI runs it). To run it: apt-get update && apt-get install -y chromium";
        }
    }
}
