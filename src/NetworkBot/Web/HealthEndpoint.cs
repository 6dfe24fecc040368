using Microsoft.Extensions.Options;
using NetworkBot.Core.Scheduling;
using NetworkBot.Discord;
using NetworkBot.Observability;
using NetworkBot.Slack;
using NetworkBot.Storage;
using Quartz;

namespace NetworkBot.Web;

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /health</c>: storage, scheduler, outbox and each platform connection, named separately (see
    /// <see cref="HealthReport"/>); 503 only when storage or the scheduler is down, so a container is restarted for
    /// those and not for a platform outage that a restart cannot mend.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (
            LiteDbContext storage, DataFileCheckStatus fileCheck, ISchedulerFactory schedulers, IOutbox outbox, PlatformConnections connections,
            IOptions<SlackOptions> slack, IOptions<DiscordOptions> discord, TimeProvider time, CancellationToken cancellationToken) =>
        {
            // Damage first: LiteDB shuts its engine down on a damaged page, so the file stops answering too.
            var storageState = fileCheck.Current == DataFileCheckStatus.State.Damaged ? HealthReport.Damaged
                : !StorageAnswers(storage) ? HealthReport.Unavailable
                : fileCheck.Current == DataFileCheckStatus.State.Checking ? HealthReport.Checking
                : HealthReport.Ok;
            var schedulerOk = await SchedulerRuns(schedulers, cancellationToken);
            var backlog = storageState is HealthReport.Ok or HealthReport.Checking ? await outbox.BacklogAsync(cancellationToken) : null;
            var report = HealthReport.Build(storageState, schedulerOk, backlog, connections, slack.Value, discord.Value, time.GetUtcNow());
            return Results.Json(report, statusCode: report.IsAvailable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private static async Task<bool> SchedulerRuns(ISchedulerFactory schedulers, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running;
    }

    private static bool StorageAnswers(LiteDbContext storage)
    {
        try
        {
            _ = storage.Database.UserVersion;
            return true;
        }
        catch (Exception exception) when (exception is LiteDB.LiteException or ObjectDisposedException or IOException)
        {
            return false;
        }
    }
}
