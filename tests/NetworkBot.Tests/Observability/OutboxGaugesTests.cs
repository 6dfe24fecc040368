using Microsoft.Extensions.Time.Testing;
using Moq;
using NetworkBot.Core.Scheduling;
using NetworkBot.Observability;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Observability;

public sealed class OutboxGaugesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly Mock<IOutbox> _outbox = new();

    [Fact]
    public void Collect_ThreeOpenOldestTenMinutesDueOneFailed_ReportsEachFromOneRead()
    {
        _outbox.Setup(o => o.BacklogAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new OutboxBacklog(3, Now.AddMinutes(-10), 1));
        var meters = MetricsRecorder.NewMeterFactory();
        using var metrics = new MetricsRecorder(meters);
        _ = new OutboxGauges(meters, _outbox.Object, _time);

        metrics.Collect();

        Assert.Equal(3, Assert.Single(metrics.Of("networkbot.outbox.open")).Value);
        Assert.Equal(600, Assert.Single(metrics.Of("networkbot.outbox.oldest_due.age")).Value);
        Assert.Equal(1, Assert.Single(metrics.Of("networkbot.outbox.failed")).Value);
        _outbox.Verify(o => o.BacklogAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void Collect_NothingOpen_AgeIsZero_AndALaterCollectReadsAgain()
    {
        _outbox.SetupSequence(o => o.BacklogAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OutboxBacklog(0, null, 0))
            .ReturnsAsync(new OutboxBacklog(5, Now, 0));
        var meters = MetricsRecorder.NewMeterFactory();
        using var metrics = new MetricsRecorder(meters);
        _ = new OutboxGauges(meters, _outbox.Object, _time);

        metrics.Collect();
        _time.Advance(TimeSpan.FromSeconds(30));
        metrics.Collect();

        Assert.Equal([0d, 5d], metrics.Of("networkbot.outbox.open").Select(m => m.Value));
        Assert.Equal([0d, 30d], metrics.Of("networkbot.outbox.oldest_due.age").Select(m => m.Value));
    }

    [Fact]
    public void Collect_DataFileUnreadable_ReportsNothingRatherThanAnEmptyOutbox()
    {
        _outbox.Setup(o => o.BacklogAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("damaged"));
        var meters = MetricsRecorder.NewMeterFactory();
        using var metrics = new MetricsRecorder(meters);
        _ = new OutboxGauges(meters, _outbox.Object, _time);

        metrics.Collect();

        Assert.Empty(metrics.Of("networkbot.outbox.open"));
        Assert.Empty(metrics.Of("networkbot.outbox.failed"));
    }
}
