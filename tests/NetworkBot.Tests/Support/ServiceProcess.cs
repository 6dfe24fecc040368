using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace NetworkBot.Tests.Support;

/// <summary>
/// The real service (NetworkBot.dll as built beside the tests) as a separate process on a free loopback port, so a test
/// can kill it the hard way (SIGKILL) and start it again on the same data file.
/// </summary>
internal sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process) => _process = process;

    public Uri BaseUri { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts the service and waits until it says where it listens (so the data file passed its check).</summary>
    public static async Task<ServiceProcess> StartAsync(string dataPath, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(dataPath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NetworkBot.dll"));
        start.Environment["Storage__Path"] = dataPath;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var service = new ServiceProcess(Process.Start(start)!);
        service._process.OutputDataReceived += (_, line) => service.Record(line.Data);
        service._process.ErrorDataReceived += (_, line) => service.Record(line.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exited = service._process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(service._listening.Task, exited);
        if (first != service._listening.Task)
        {
            throw new InvalidOperationException($"The service did not start (exit code {(service._process.HasExited ? service._process.ExitCode : -1)}):\n{service.Output}");
        }

        service.BaseUri = await service._listening.Task;
        return service;
    }

    /// <summary>What the service wrote so far, standard output and error, one entry a line.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The first line that <paramref name="match"/> accepts, once written; fails after 60 seconds or when the service ends.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (Lines.FirstOrDefault(match) is { } line) return line;
            if (_process.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException("The expected line was not written:\n" + Output);
            await Task.Delay(20);
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut of the process (the operating system keeps what was written).</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        var running = RunningLine().Match(line);
        if (running.Success) _listening.TrySetResult(new Uri(running.Groups[1].Value.TrimEnd('/') + "/"));
    }

    [GeneratedRegex(@"NetworkBot is running on (http://[^;, ]+)")]
    private static partial Regex RunningLine();
}
