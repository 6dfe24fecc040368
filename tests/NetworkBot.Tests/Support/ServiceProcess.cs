using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace NetworkBot.Tests.Support;

/// <summary>
/// The real service (NetworkBot.dll, as built beside the tests) running in a process of its own on a free port, with
/// its standard output kept line by line; disposing stops it.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    private ServiceProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) _lines.Writer.TryComplete();
            else _lines.Writer.TryWrite(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Every output line read so far by <see cref="WaitForLineAsync"/>.</summary>
    public IReadOnlyList<string> Lines => _seen;

    public static ServiceProcess Start(string dataPath, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(dataPath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NetworkBot.dll"));
        start.Environment["Storage__Path"] = dataPath;
        start.Environment["urls"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new ServiceProcess(Process.Start(start)!);
    }

    /// <summary>The next output line that <paramref name="match"/> accepts; fails after 60 seconds or when the process ends.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var line in _lines.Reader.ReadAllAsync(timeout.Token))
        {
            _seen.Add(line);
            if (match(line)) return line;
        }

        throw new InvalidOperationException("The service ended before writing the expected line:\n" + string.Join("\n", _seen));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
