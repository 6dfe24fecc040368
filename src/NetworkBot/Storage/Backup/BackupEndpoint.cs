using System.Net;

namespace NetworkBot.Storage.Backup;

/// <summary>
/// <c>POST /storage/backup</c>: the running service copies its own data file, so the copy is consistent (see
/// <see cref="LiteDbContext.BackUpTo"/>). Only from this machine, and only with the token of the control file.
/// </summary>
public static partial class BackupEndpoint
{
    public const string Route = "/storage/backup";

    public static WebApplication MapBackup(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<LiteDbContext>();
        ServiceControlFile? control = null;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.Urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
            if (url is null) return;
            control = ServiceControlFile.Create(url);
            control.Write(storage.Path);
        });
        app.Lifetime.ApplicationStopping.Register(() => File.Delete(ServiceControlFile.PathFor(storage.Path)));

        app.MapPost(Route, (HttpContext context, BackupRequest request, ILoggerFactory loggers) =>
        {
            var remote = context.Connection.RemoteIpAddress;
            if (control is null || remote is null || !IPAddress.IsLoopback(remote) || !control.Accepts(context.Request.Headers.Authorization))
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            if (string.IsNullOrWhiteSpace(request.Path) || !System.IO.Path.IsPathFullyQualified(request.Path))
            {
                return Results.BadRequest(new BackupAnswer(null, 0, "path must be a full path"));
            }

            var logger = loggers.CreateLogger(typeof(BackupEndpoint).FullName!);
            try
            {
                storage.BackUpTo(request.Path);
                var bytes = new FileInfo(request.Path).Length;
                LogBackedUp(logger, request.Path, bytes);
                return Results.Ok(new BackupAnswer(request.Path, bytes, null));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or StorageUnavailableException)
            {
                LogBackupFailed(logger, request.Path, exception.Message);
                return Results.Json(new BackupAnswer(null, 0, exception.Message), statusCode: StatusCodes.Status500InternalServerError);
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Backup written to {BackupPath} ({Bytes} bytes)")]
    private static partial void LogBackedUp(ILogger logger, string backupPath, long bytes);

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "Backup to {BackupPath} failed: {Reason}")]
    private static partial void LogBackupFailed(ILogger logger, string backupPath, string reason);
}

public sealed record BackupRequest(string? Path);

public sealed record BackupAnswer(string? Path, long Bytes, string? Error);
