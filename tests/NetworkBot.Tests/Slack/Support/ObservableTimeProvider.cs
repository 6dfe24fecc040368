using Microsoft.Extensions.Time.Testing;

namespace NetworkBot.Tests.Slack.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that says when code starts waiting: a test can wait until a delay of a given
/// length is armed, then move the clock, without any real sleeping.
/// </summary>
internal sealed class ObservableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<(TimeSpan Due, int Count, TaskCompletionSource Armed)> _waiters = [];
    private readonly List<TimeSpan> _armed = [];

    public FakeTimeProvider Fake { get; } = new(start);

    public IReadOnlyList<TimeSpan> Armed
    {
        get
        {
            lock (_gate) return _armed.ToList();
        }
    }

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            _armed.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => w.Due == dueTime && _armed.Count(d => d == dueTime) >= w.Count).ToList())
            {
                waiter.Armed.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return timer;
    }

    /// <summary>Completes once a timer with exactly <paramref name="due"/> has been created (now or later).</summary>
    public Task WaitForTimerAsync(TimeSpan due, int count = 1)
    {
        lock (_gate)
        {
            if (_armed.Count(d => d == due) >= count) return Task.CompletedTask;
            var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((due, count, armed));
            return armed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    public void Advance(TimeSpan by) => Fake.Advance(by);
}
