using NetworkBot.Storage;
using Quartz;

namespace NetworkBot.Web;

public static class HealthEndpoint
{
    /// <summary><c>GET /health</c>: 200 when the data file answers and the scheduler runs, 503 otherwise, with each part named.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (LiteDbContext storage, ISchedulerFactory schedulers, CancellationToken cancellationToken) =>
        {
            var storageOk = StorageAnswers(storage);
            var schedulerOk = await SchedulerRuns(schedulers, cancellationToken);
            var ok = storageOk && schedulerOk;
            var body = new { status = ok ? "ok" : "unavailable", storage = storageOk ? "ok" : "unavailable", scheduler = schedulerOk ? "ok" : "unavailable" };
            return Results.Json(body, statusCode: ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
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
