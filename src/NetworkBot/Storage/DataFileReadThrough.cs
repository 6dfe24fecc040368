using System.Diagnostics;
using NetworkBot.Hosting;

namespace NetworkBot.Storage;

/// <summary>
/// Reads the whole data file once the service has started (every document, every index), while it already answers:
/// at 50,000 members the read takes seconds, which the start should not wait for. Damage found is logged as
/// Critical with what to do, and <c>/health</c> answers 503 from then on.
/// </summary>
internal sealed partial class DataFileReadThrough(LiteDbContext storage, DataFileCheckStatus status, ILogger<DataFileReadThrough> logger) : IAfterStartTask
{
    /// <summary>Above this size the read-through leaves enough garbage behind to be worth one collection.</summary>
    private const long LargeFile = 16L << 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (status.Current != DataFileCheckStatus.State.Checking) return;
        var clock = Stopwatch.StartNew();
        try
        {
            // On a thread of its own: it reads for seconds with a large file, and holds writes for that long.
            await Task.Factory.StartNew(storage.VerifyWhileInUse, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            status.Pass();
            LogPassed(clock.ElapsedMilliseconds);
            HandBackReadMemory();
        }
        catch (StorageUnavailableException damage)
        {
            status.Fail();
            LogDamaged(damage.Message);
        }
    }

    /// <summary>
    /// Every document was read once and is garbage now: for a large file, one compacting collection hands that memory
    /// back to the system, so the resident size is what the service needs (as after the directory's warm-up).
    /// </summary>
    private void HandBackReadMemory()
    {
        if (new FileInfo(storage.Path).Length >= LargeFile) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "The data file was read through and is intact ({ElapsedMs} ms)")]
    private partial void LogPassed(long elapsedMs);

    [LoggerMessage(EventId = 22, Level = LogLevel.Critical, Message = "{Problem} /health answers 503 until then.")]
    private partial void LogDamaged(string problem);
}
