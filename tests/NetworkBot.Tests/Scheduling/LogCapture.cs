using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Tests.Scheduling;

/// <summary>
/// Keeps every log line at Information and above (after the host's own filters), with its category and any exception
/// logged with it, so tests can see what was logged and that no secret or personal data was.
/// </summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            capture._lines.Enqueue($"{logLevel}: {formatter(state, exception)} [{category}]{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
