using System.Diagnostics;
using System.Text;

namespace NetworkBot.Tests.Support;

/// <summary>Runs the real entry point (NetworkBot.dll, as built beside the tests) as a separate process.</summary>
internal static class BotProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunConsoleAsync(
        string dataPath, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(dataPath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NetworkBot.dll"));
        start.ArgumentList.Add("console");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Storage__Path"] = dataPath;
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            await stdin.WriteAsync(input);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
