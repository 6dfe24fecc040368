using NetworkBot.Storage;

namespace NetworkBot.Web;

public static class HealthEndpoint
{
    /// <summary><c>GET /health</c>: 200 when the data file answers, 503 otherwise, with each part named.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (LiteDbContext storage) =>
        {
            var storageOk = StorageAnswers(storage);
            var body = new { status = storageOk ? "ok" : "unavailable", storage = storageOk ? "ok" : "unavailable" };
            return Results.Json(body, statusCode: storageOk ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
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
