namespace NetworkBot.Storage;

/// <summary>
/// LiteDB's direct mode does not stop a second process from opening the same file on Linux, and two writers
/// would damage it. An exclusive lock file beside it makes the second opener stop with a clear message instead.
/// </summary>
public static class DataFileLock
{
    private const int Attempts = 20;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>Takes the lock, waiting a moment for a restarting service's previous instance to let go.</summary>
    public static FileStream Take(string fullPath)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(fullPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception) when (attempt >= Attempts)
            {
                throw new DataFileInUseException(
                    $"The data file {fullPath} is in use by another NetworkBot process (the service or another console). "
                    + "Stop that process, or point Storage:Path at another file.", exception);
            }
            catch (IOException)
            {
                Thread.Sleep(RetryDelay);
            }
        }
    }
}

/// <summary>The data file cannot be opened; the message says why and what to do.</summary>
public class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Another process holds the data file.</summary>
public sealed class DataFileInUseException(string message, Exception inner) : StorageUnavailableException(message, inner);

/// <summary>LiteDB cannot read the data file (as opposed to a missing or wrong password).</summary>
public sealed class DataFileDamagedException(string message, Exception inner) : StorageUnavailableException(message, inner);
