using System.Text;

namespace NetworkBot.Storage.Backup;

/// <summary>
/// <c>NetworkBot repair</c>: for a damaged data file, writes a new one from every document that can still be read,
/// checks it, and puts it in place, keeping the damaged file aside. An intact file is left as it is.
/// </summary>
public static class RepairCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, TimeProvider time)
    {
        if (args is [var first, ..] && !first.StartsWith("--", StringComparison.Ordinal))
        {
            await errors.WriteLineAsync($"repair takes no file ({first}): it repairs the data file Storage:Path names.\n"
                + "Usage: dotnet run --project src/NetworkBot -- repair");
            return 2;
        }

        var settings = DataFileSettings.Read(args);
        using var data = await OfflineDataFile.TakeAsync(settings, "repair", "repairing", errors);
        if (data is null) return 1;
        data.CopyToWorkFolder();
        try
        {
            var counts = DataFileOpener.Check(data.WorkingCopy, settings.Password);
            await output.WriteLineAsync($"The data file {settings.DataPath} is intact: every document and index reads "
                + $"({counts.Values.Sum():N0} documents in {counts.Count} collections). Nothing was changed.");
            return 0;
        }
        catch (DataFileDamagedException)
        {
            // What repair is for.
        }
        catch (StorageUnavailableException exception)
        {
            await errors.WriteLineAsync($"{data.Explain(exception)} Nothing was changed.");
            return 1;
        }

        IReadOnlyDictionary<string, int?> listed;
        IReadOnlyDictionary<string, int> kept;
        int problems;
        try
        {
            listed = DataFileOpener.ListedCounts(data.WorkingCopy, settings.Password);
            var password = DataFileOpener.IsEncryptedFile(data.WorkingCopy) ? settings.Password : null;
            problems = Salvage(data, password);
            kept = DataFileOpener.Check(data.NewFile, password);
            if (kept.Values.Sum() == 0 && listed.Values.Any(count => count is not 0))
            {
                throw new StorageUnavailableException($"{problems} read(s) failed and no document at all could be read");
            }
        }
        catch (StorageUnavailableException exception)
        {
            await errors.WriteLineAsync($"The data file {settings.DataPath} cannot be repaired: LiteDB could not read enough of it "
                + $"({Reason(exception)}). Nothing was changed. Restore the latest backup with "
                + "`dotnet run --project src/NetworkBot -- restore BACKUP-FILE`, then start again.");
            return 1;
        }

        var keptAs = data.PutInPlace("before-repair", time.GetUtcNow());
        await output.WriteLineAsync(Report(settings.DataPath, listed, kept, problems, keptAs!));
        return 0;
    }

    /// <summary>
    /// LiteDB's rebuild reads page by page and so keeps the most, but in 5.0.20 it fails once a collection with a
    /// secondary index holds more than 2,550 documents; then the documents are copied by walking the id index instead.
    /// </summary>
    /// <returns>How many reads failed.</returns>
    private static int Salvage(OfflineDataFile data, string? password)
    {
        DataFileOpener.PadCutOffFile(data.WorkingCopy, password);
        if (DataFileOpener.RebuildWithLiteDb(data.WorkingCopy, password) is { } problems)
        {
            File.Move(data.WorkingCopy, data.NewFile);
            return problems;
        }

        return DataFileOpener.CopyInto(data.WorkingCopy, password, data.NewFile, password);
    }

    /// <summary>LiteDB's own words, without the advice to restore that the damaged-file message carries.</summary>
    private static string Reason(StorageUnavailableException exception) => exception.InnerException?.Message ?? exception.Message;

    private static string Report(string dataPath, IReadOnlyDictionary<string, int?> listed, IReadOnlyDictionary<string, int> kept, int problems, string keptAs)
    {
        var report = new StringBuilder($"Repaired {dataPath}: a new file was written from every document that could still be read ({problems} read(s) failed).\n");
        var lost = false;
        foreach (var name in listed.Keys.Union(kept.Keys).Order(StringComparer.Ordinal))
        {
            var keptCount = kept.GetValueOrDefault(name);
            var listedCount = listed.GetValueOrDefault(name);
            lost |= listedCount is null || keptCount < listedCount;
            var against = listedCount is null ? " (the damaged file could not say how many it had)" : $" of {listedCount:N0}";
            report.AppendLine($"  {name}: kept {keptCount:N0}{against}");
        }

        lost |= problems > 0;
        report.AppendLine($"The damaged file is kept as {keptAs}.");
        report.Append(lost
            ? "Some documents may be lost. If the latest backup was taken after the damage, or recently, restoring it "
                + "(`dotnet run --project src/NetworkBot -- restore BACKUP-FILE`) may be the better choice: compare the counts above "
                + "with it. Otherwise start the service again."
            : "Every document the damaged file listed was kept. Start the service again.");
        return report.ToString();
    }
}
