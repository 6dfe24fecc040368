using System.Globalization;
using System.Text;
using NetworkBot.Console;
using NetworkBot.Tests.Scheduling;

namespace NetworkBot.Tests.Console;

/// <summary>The real console on the real clock: an announcement scheduled a few seconds ahead is printed while it runs.</summary>
public sealed class ConsoleScheduledAnnouncementTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Console_AnnouncementDueWhileRunning_IsPrintedToTheChannel()
    {
        var output = new SharedWriter();
        var input = new HeldOpenReader(
            // Written when the console asks for it, so "three seconds ahead" does not depend on how long it took to start.
            [() => $"/announce create channel:#general text:\"まもなく勉強会が始まります\" cron:\"{CronSecondsAhead(3)}\""],
            until: () => output.Text.Contains("📣 #general", StringComparison.Ordinal),
            timeout: TimeSpan.FromSeconds(30));

        var exitCode = await ConsoleApp.RunAsync(["--as", "後藤", $"--Storage:Path={_db.Path}", "--organizer"], input, output, interactive: false);

        Assert.True(exitCode == 0, output.Text);
        Assert.True(output.Text.Contains("お知らせを予約しました（番号 1）", StringComparison.Ordinal), output.Text);
        Assert.Contains("📣 #general\nまもなく勉強会が始まります", output.Text);
    }

    /// <summary>A one-off Quartz cron expression (it names the year) for a moment a few seconds from now, in Japan time.</summary>
    private static string CronSecondsAhead(int seconds)
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        return TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(seconds), tokyo).ToString("s m H d M '?' yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>Gives the console its lines, then keeps the input open until the condition holds (or the timeout passes).</summary>
    private sealed class HeldOpenReader(IReadOnlyList<Func<string>> lines, Func<bool> until, TimeSpan timeout) : TextReader
    {
        private int _next;

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            if (_next < lines.Count) return lines[_next++]();
            var deadline = DateTime.UtcNow + timeout;
            while (!until() && DateTime.UtcNow < deadline) await Task.Delay(50, cancellationToken);
            return null;
        }
    }

    /// <summary>A writer the console and the test can use from different threads.</summary>
    private sealed class SharedWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_gate) return _text.ToString();
            }
        }

        public override void Write(char value)
        {
            lock (_gate) _text.Append(value);
        }

        public override void Write(string? value)
        {
            lock (_gate) _text.Append(value);
        }
    }
}
