namespace NetworkBot.Storage.Backup;

/// <summary>
/// <c>NetworkBot change-password</c>: re-encrypts the data file from <c>Storage:Password</c> (absent: a plain file) to
/// <c>Storage:NewPassword</c>, or with <c>--remove-encryption</c> stores it plain. The new file is written and checked
/// beside the original, then swapped in; the original is kept aside under the old password.
/// </summary>
public static class ChangePasswordCommand
{
    public const string RemoveEncryption = "--remove-encryption";

    private const string Usage =
        "Usage: Storage__NewPassword=NEW dotnet run --project src/NetworkBot -- change-password\n"
        + $"   or: dotnet run --project src/NetworkBot -- change-password {RemoveEncryption}\n"
        + "The current password is read from Storage:Password (Storage__Password), as the service reads it.";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, TimeProvider time)
    {
        var removeEncryption = args.Contains(RemoveEncryption, StringComparer.Ordinal);
        var settings = DataFileSettings.Read([.. args.Where(arg => arg != RemoveEncryption)]);
        var newPassword = settings.Configuration[StorageOptions.Section + ":NewPassword"];
        newPassword = string.IsNullOrEmpty(newPassword) ? null : newPassword;
        if (UsageProblem(newPassword, removeEncryption, settings.Password) is { } problem)
        {
            await errors.WriteLineAsync(problem + "\n" + Usage);
            return 2;
        }

        using var data = await OfflineDataFile.TakeAsync(settings, "change-password", "changing-password", errors);
        if (data is null) return 1;
        data.CopyToWorkFolder();
        IReadOnlyDictionary<string, int> before;
        try
        {
            before = DataFileOpener.Check(data.WorkingCopy, settings.Password);
        }
        catch (StorageUnavailableException exception)
        {
            await errors.WriteLineAsync(exception is DataFileDamagedException
                ? $"The password was not changed: the data file {settings.DataPath} is damaged (LiteDB: {exception.InnerException?.Message}). "
                    + "Nothing was changed. Repair it first (`dotnet run --project src/NetworkBot -- repair`) or restore a backup."
                : $"The password was not changed: {data.Explain(exception)} Nothing was changed.");
            return 1;
        }

        var wasEncrypted = DataFileOpener.IsEncryptedFile(data.WorkingCopy);
        if (newPassword is null && !wasEncrypted)
        {
            await output.WriteLineAsync($"The data file {settings.DataPath} is not encrypted: nothing to remove. Nothing was changed.");
            return 0;
        }

        if (Rekey(data, newPassword, before) is { } failure)
        {
            await errors.WriteLineAsync($"The password was not changed: {failure} Nothing was changed; the data file is as it was.");
            return 1;
        }

        var keptAs = data.PutInPlace("before-password-change", time.GetUtcNow());
        await output.WriteLineAsync(Report(settings.DataPath, wasEncrypted, newPassword is not null, before, keptAs!));
        return 0;
    }

    private static string? UsageProblem(string? newPassword, bool removeEncryption, string? password) => (newPassword, removeEncryption) switch
    {
        (null, false) => "Set the new password in Storage:NewPassword (the environment variable Storage__NewPassword), "
            + $"or pass {RemoveEncryption} to store the data file unencrypted.",
        (not null, true) => $"Storage:NewPassword is set and {RemoveEncryption} was passed: choose one.",
        (not null, false) when newPassword == password => "Storage:NewPassword is the same as Storage:Password: nothing to change.",
        _ => null,
    };

    /// <summary>Copies the working copy into a new file under the new password and checks it holds what the original held; null when it does.</summary>
    private static string? Rekey(OfflineDataFile data, string? newPassword, IReadOnlyDictionary<string, int> before)
    {
        IReadOnlyDictionary<string, int> after;
        try
        {
            var problems = DataFileOpener.CopyInto(data.WorkingCopy, data.Settings.Password, data.NewFile, newPassword);
            if (problems > 0) return $"{problems} read(s) of the data file failed; run `dotnet run --project src/NetworkBot -- repair` first.";
            if (DataFileOpener.IsEncryptedFile(data.NewFile) != newPassword is not null) return "LiteDB did not write the file as asked.";
            after = DataFileOpener.Check(data.NewFile, newPassword);
        }
        catch (StorageUnavailableException exception)
        {
            return $"the re-encrypted copy did not pass the check ({data.Explain(exception)})";
        }

        var differing = before.Keys.Union(after.Keys).Where(name => before.GetValueOrDefault(name) != after.GetValueOrDefault(name)).ToList();
        return differing.Count == 0 ? null : $"the re-encrypted copy does not hold the same documents ({string.Join(", ", differing)}).";
    }

    private static string Report(string dataPath, bool wasEncrypted, bool encrypted, IReadOnlyDictionary<string, int> counts, string keptAs)
    {
        var what = encrypted ? "is now encrypted with the new password (Storage:NewPassword)" : "is no longer encrypted";
        var next = encrypted
            ? "Next: set Storage:Password (Storage__Password) to the new password, remove Storage:NewPassword, then start the service"
                + (wasEncrypted ? "; it refuses the old password from now on." : ".")
            : "Next: remove Storage:Password and Storage:NewPassword, then start the service.";
        var old = wasEncrypted
            ? $"The file as it was is kept as {keptAs} (under the old password); delete it once the service runs well. "
                + "Backups made before now still need the old password: keep it with them, or take a fresh backup."
            : $"The file as it was is kept as {keptAs}, unencrypted: delete it once the service runs well. "
                + "Backups made before now are not encrypted: take a fresh backup and delete them.";
        return $"The data file {dataPath} {what}: {counts.Values.Sum():N0} documents in {counts.Count} collections, all checked.\n{next}\n{old}";
    }
}
