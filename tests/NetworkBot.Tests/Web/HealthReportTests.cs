using NetworkBot.Core.Scheduling;
using NetworkBot.Discord;
using NetworkBot.Observability;
using NetworkBot.Slack;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;
using NetworkBot.Web;

namespace NetworkBot.Tests.Web;

/// <summary>Which states make <c>/health</c> degraded or unavailable, and the outbox figures it shows.</summary>
public sealed class HealthReportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly OutboxBacklog Empty = new(0, null, 0);

    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Theory]
    [InlineData("ok", true, "ok", true)]
    [InlineData("checking", true, "ok", true)]
    [InlineData("damaged", true, "unavailable", false)]
    [InlineData("unavailable", true, "unavailable", false)]
    [InlineData("ok", false, "unavailable", false)]
    public void Build_StorageOrSchedulerDown_Unavailable(string storage, bool schedulerOk, string status, bool available)
    {
        var report = Build(storage, schedulerOk, storage == "unavailable" ? null : Empty);

        Assert.Equal(status, report.Status);
        Assert.Equal(available, report.IsAvailable);
        Assert.Equal(storage, report.Storage);
        Assert.Equal(schedulerOk ? "ok" : "unavailable", report.Scheduler);
    }

    [Fact]
    public void Build_OldestDeliveryDueLongerThanTheLimit_OutboxBehindAndServiceDegraded()
    {
        var justInTime = Build(backlog: new OutboxBacklog(3, Now - HealthReport.OutboxBehindAfter, 1));
        var behind = Build(backlog: new OutboxBacklog(3, Now - HealthReport.OutboxBehindAfter - TimeSpan.FromSeconds(1), 1));

        Assert.Equal(("ok", "ok"), (justInTime.Status, justInTime.Outbox!.Status));
        Assert.Equal(("degraded", "behind"), (behind.Status, behind.Outbox!.Status));
        Assert.True(behind.IsAvailable);
        Assert.Equal(3, behind.Outbox.Pending);
        Assert.Equal(901, behind.Outbox.OldestPendingSeconds);
        Assert.Equal(1, behind.Outbox.Failed);
    }

    [Fact]
    public async Task Backlog_MixedEntries_CountsOpenOnesTheOldestDueAndTheFailed()
    {
        using var db = new LiteDbContext(_file.Path);
        var outbox = new LiteDbOutbox(db);
        await outbox.AddAsync(
        [
            Entry("a", DeliveryStatus.Pending, Now - TimeSpan.FromMinutes(5)),
            Entry("b", DeliveryStatus.Sending, Now - TimeSpan.FromMinutes(20)),
            Entry("c", DeliveryStatus.Sent, Now - TimeSpan.FromHours(3)),
            Entry("d", DeliveryStatus.Failed, Now - TimeSpan.FromHours(2)),
            Entry("e", DeliveryStatus.Failed, Now - TimeSpan.FromHours(1)),
            Entry("f", DeliveryStatus.Skipped, Now - TimeSpan.FromHours(4)),
        ], default);

        var backlog = await outbox.BacklogAsync(default);

        Assert.Equal(new OutboxBacklog(2, Now - TimeSpan.FromMinutes(20), 2), backlog);
    }

    private static HealthReport Build(string storage = "ok", bool schedulerOk = true, OutboxBacklog? backlog = null) =>
        HealthReport.Build(storage, schedulerOk, backlog ?? Empty, new PlatformConnections(TimeProvider.System), new SlackOptions(), new DiscordOptions(), Now);

    private static OutboxEntry Entry(string id, DeliveryStatus status, DateTimeOffset due) => new()
    {
        Id = id, ScheduledSendId = "send", MemberId = "console:後藤", DueAt = due, NextAttemptAt = due, Status = status,
    };
}
