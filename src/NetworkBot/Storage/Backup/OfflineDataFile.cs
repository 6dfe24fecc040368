namespace NetworkBot.Storage.Backup;

/// <summary>
/// The data file held for a command that rewrites it (<c>change-password</c>, <c>repair</c>): the lock keeps the service
/// and consoles out, the work is done on a copy in a folder beside the file, and the original is touched only when the
/// copy has passed the check, by being set aside, never deleted.
/// </summary>
internal sealed class OfflineDataFile : IDisposable
{
    private readonly FileStream _ownership;

    private readonly string _workFolder;

    private OfflineDataFile(DataFileSettings settings, FileStream ownership, string purpose)
    {
        Settings = settings;
        _ownership = ownership;
        _workFolder = settings.DataPath + "." + purpose;
        WorkingCopy = Path.Combine(_workFolder, Path.GetFileName(settings.DataPath));
        NewFile = Path.Combine(_workFolder, "new-" + Path.GetFileName(settings.DataPath));
    }

    public DataFileSettings Settings { get; }

    /// <summary>The copy to work on; it has the original's name so that LiteDB finds its log beside it.</summary>
    public string WorkingCopy { get; }

    /// <summary>Where the command writes the file that is to replace the data file.</summary>
    public string NewFile { get; }

    /// <summary>Null, having said why, when there is no data file or a process has it open.</summary>
    public static async Task<OfflineDataFile?> TakeAsync(DataFileSettings settings, string command, string purpose, TextWriter errors)
    {
        if (!File.Exists(settings.DataPath))
        {
            await errors.WriteLineAsync($"There is no data file at {settings.DataPath} (check Storage:Path). Nothing was changed.");
            return null;
        }

        return await TakeLockAsync(settings.DataPath, command, errors) is { } ownership ? new OfflineDataFile(settings, ownership, purpose) : null;
    }

    /// <summary>The data file's lock for a command that must have the file to itself; null, having said why, when a process has it open.</summary>
    public static async Task<FileStream?> TakeLockAsync(string dataPath, string command, TextWriter errors)
    {
        try
        {
            return DataFileLock.Take(dataPath);
        }
        catch (DataFileInUseException)
        {
            await errors.WriteLineAsync(
                $"The data file {dataPath} is in use: the service (or a console) is running. Stop it first "
                + $"(for example `systemctl stop networkbot`), then run {command} again. Nothing was changed.");
            return null;
        }
    }

    /// <summary>Copies the data file, and any log LiteDB left with writes not yet in it, into the work folder.</summary>
    public void CopyToWorkFolder()
    {
        // A folder left by an interrupted run holds only copies.
        if (Directory.Exists(_workFolder)) Directory.Delete(_workFolder, recursive: true);
        Directory.CreateDirectory(_workFolder);
        File.Copy(Settings.DataPath, WorkingCopy);
        if (File.Exists(Settings.LogFilePath)) File.Copy(Settings.LogFilePath, Path.Combine(_workFolder, Path.GetFileName(Settings.LogFilePath)));
    }

    /// <summary>Puts <see cref="NewFile"/> in place of the data file, which is set aside as <c>FILE.LABEL-YYYYMMDD-HHMMSS</c>.</summary>
    public string? PutInPlace(string label, DateTimeOffset now)
    {
        var keptAs = Settings.SetAside(label, now);
        File.Move(NewFile, Settings.DataPath);
        return keptAs;
    }

    /// <summary>The messages LiteDB's errors become name the file they were about: the operator knows only the data file.</summary>
    public string Explain(StorageUnavailableException exception) => exception.Message
        .Replace(NewFile, "the new file", StringComparison.Ordinal)
        .Replace(WorkingCopy, Settings.DataPath, StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_workFolder)) Directory.Delete(_workFolder, recursive: true);
        }
        finally
        {
            _ownership.Dispose();
        }
    }
}
