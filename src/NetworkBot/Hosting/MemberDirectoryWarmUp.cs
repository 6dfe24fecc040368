using NetworkBot.Core.Members;

namespace NetworkBot.Hosting;

/// <summary>Builds the directory's search index in the background at start, so the first <c>/members</c> is as fast as the rest.</summary>
public sealed partial class MemberDirectoryWarmUp(MemberDirectory directory, ILogger<MemberDirectoryWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await BuildAsync(directory, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: the first search tries again.
            LogWarmUpFailed(exception);
        }
    }

    /// <summary>
    /// Builds the index, then hands back to the system the memory the load needed only for a moment (every profile
    /// read once): a single aggressive collection at start, so the service's resident size is what the index needs.
    /// </summary>
    public static async Task BuildAsync(MemberDirectory directory, CancellationToken cancellationToken)
    {
        await directory.WarmUpAsync(cancellationToken);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Could not build the member directory index at start; the first search will try again")]
    private partial void LogWarmUpFailed(Exception exception);
}
