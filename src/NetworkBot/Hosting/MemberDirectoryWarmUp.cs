using NetworkBot.Core.Members;

namespace NetworkBot.Hosting;

/// <summary>Builds the directory's search index after the start, so the first <c>/members</c> is as fast as the rest.</summary>
public sealed partial class MemberDirectoryWarmUp(MemberDirectory directory, ILogger<MemberDirectoryWarmUp> logger) : IAfterStartTask
{
    /// <summary>Below this many profiles the load is too small to be worth a collection.</summary>
    private const int LargeDirectory = 5_000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await BuildAsync(directory, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: the first search tries again.
            LogWarmUpFailed(exception);
        }
    }

    /// <summary>
    /// Builds the index, then, for a large directory, hands back to the system the memory the load needed only for a
    /// moment (every profile read once): one aggressive collection, so the resident size is what the index needs.
    /// </summary>
    public static async Task BuildAsync(MemberDirectory directory, CancellationToken cancellationToken)
    {
        await directory.WarmUpAsync(cancellationToken);
        var (_, total) = await directory.CountByPrefectureAsync(cancellationToken);
        if (total >= LargeDirectory) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Could not build the member directory index at start; the first search will try again")]
    private partial void LogWarmUpFailed(Exception exception);
}
