namespace NetworkBot.Storage.Backup;

/// <summary>
/// <c>NetworkBot restore FILE</c>: puts a backup in place of the data file while nothing uses it. The backup is
/// checked first (with <c>Storage:Password</c> when it is encrypted); the file it replaces is kept aside, never deleted.
/// </summary>
public static class RestoreCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, TimeProvider time)
    {
        var line = StorageCommandLine.Parse("restore", args, errors);
        if (line is null) return 2;
        if (!File.Exists(line.File))
        {
            await errors.WriteLineAsync($"There is no backup at {line.File}.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(line.DataPath)!);
        var ownership = await OfflineDataFile.TakeLockAsync(line.DataPath, "restore", errors);
        if (ownership is null) return 1;
        using (ownership)
        {
            var staging = line.DataPath + ".restoring";
            File.Copy(line.File, staging, overwrite: true);
            try
            {
                DataFileOpener.Check(staging, line.Password);
            }
            catch (StorageUnavailableException exception)
            {
                File.Delete(staging);
                await errors.WriteLineAsync($"The backup {line.File} cannot be restored: {exception.Message} Nothing was changed.");
                return 1;
            }

            var keptAs = line.Settings.SetAside("before-restore", time.GetUtcNow());
            File.Move(staging, line.DataPath);
            await output.WriteLineAsync($"Restored {line.DataPath} from {line.File}."
                + (keptAs is null ? "" : $" The file it replaced is kept as {keptAs}; delete it once the service runs well.")
                + " Start the service again.");
            return 0;
        }
    }
}
