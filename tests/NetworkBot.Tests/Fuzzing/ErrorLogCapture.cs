using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NetworkBot.Tests.Fuzzing;

/// <summary>
/// Keeps every Error and Critical log entry with its category and exception: bad input must be refused calmly, so
/// an error logged while handling one counts as a failure just like a 500.
/// </summary>
internal sealed class ErrorLogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public int Count => _entries.Count;

    public IReadOnlyList<string> Since(int count) => _entries.Skip(count).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) capture._entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
