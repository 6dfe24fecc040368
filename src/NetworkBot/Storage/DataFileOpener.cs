using LiteDB;
using LiteDB.Engine;

namespace NetworkBot.Storage;

/// <summary>
/// Opens the data file with <c>Storage:Password</c>, turning LiteDB's errors into messages that name the setting
/// and say what to do, and checks the file before anyone uses it.
/// </summary>
internal static partial class DataFileOpener
{
    /// <summary>Opens the file and reads it all through, or with <paramref name="fullCheck"/> false only what <see cref="DataFileCheck.VerifyQuickly"/> reads.</summary>
    public static (LiteDatabase Database, BackupGatedEngine Engine) Open(string fullPath, string? password, ILogger logger, bool fullCheck = true)
    {
        password = string.IsNullOrEmpty(password) ? null : password;
        var encrypted = IsEncrypted(fullPath);
        if (encrypted && password is null)
        {
            throw new StorageUnavailableException(
                $"The data file {fullPath} is encrypted. Set Storage:Password (for example the environment variable Storage__Password) "
                + "to the password it was written with.");
        }

        if (!encrypted && password is not null && File.Exists(fullPath) && new FileInfo(fullPath).Length > 0)
        {
            Encrypt(fullPath, password, logger);
        }

        var engine = StartEngine(fullPath, password);
        var database = new LiteDatabase(engine, BsonMapping.Create());
        try
        {
            if (fullCheck) DataFileCheck.Verify(database, fullPath);
            else DataFileCheck.VerifyQuickly(database, fullPath);
        }
        catch
        {
            database.Dispose();
            throw;
        }

        return (database, engine);
    }

    /// <summary>
    /// Opens a file that is not the service's own (a backup) and checks it, with the same messages. A plain backup
    /// is fine with a password set: the service encrypts it when it next starts.
    /// </summary>
    /// <returns>How many documents each collection holds.</returns>
    public static IReadOnlyDictionary<string, int> Check(string fullPath, string? password)
    {
        var encrypted = IsEncrypted(fullPath);
        if (encrypted && string.IsNullOrEmpty(password))
        {
            throw new StorageUnavailableException($"{fullPath} is encrypted: set Storage:Password to the password it was written with.");
        }

        using var database = new LiteDatabase(StartEngine(fullPath, encrypted ? password : null), BsonMapping.Create());
        DataFileCheck.Verify(database, fullPath);
        return database.GetCollectionNames().ToDictionary(name => name, name => database.GetCollection(name).Count(), StringComparer.Ordinal);
    }

    private static BackupGatedEngine StartEngine(string fullPath, string? password) => new(StartLiteEngine(fullPath, password));

    private static LiteEngine StartLiteEngine(string fullPath, string? password)
    {
        try
        {
            return new LiteEngine(new EngineSettings { Filename = fullPath, Password = password });
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INVALID_PASSWORD)
        {
            throw new StorageUnavailableException(
                $"Storage:Password does not match the password the data file {fullPath} was encrypted with. Set the right one.", exception);
        }
        catch (Exception exception) when (LiteDbFile.IsUnreadablePage(exception) || exception is IOException)
        {
            throw DataFileCheck.Damaged(fullPath, exception);
        }
    }

    /// <summary>LiteDB marks an encrypted file with 1 in its first byte.</summary>
    private static bool IsEncrypted(string fullPath)
    {
        if (!File.Exists(fullPath)) return false;
        using var file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return file.ReadByte() == 1;
    }

    /// <summary>
    /// A password set on a plain file: the organizer wants it encrypted, so it is, once the plain file has passed the
    /// check: an encrypted copy is written beside it (<see cref="CopyInto"/>; LiteDB 5.0.20's own rebuild fails on
    /// collections of more than 2,550 documents), checked, and moved over the plain file, so no plain copy is left.
    /// </summary>
    private static void Encrypt(string fullPath, string password, ILogger logger)
    {
        using (var plain = new LiteDatabase(StartEngine(fullPath, null), BsonMapping.Create()))
        {
            DataFileCheck.Verify(plain, fullPath);
        }

        var encryptedPath = fullPath + ".encrypting";
        File.Delete(encryptedPath);
        try
        {
            if (CopyInto(fullPath, null, encryptedPath, password) > 0) throw DataFileCheck.Damaged(fullPath, new LiteException(0, "some documents could not be copied"));
            using (var encrypted = new LiteDatabase(StartEngine(encryptedPath, password), BsonMapping.Create()))
            {
                DataFileCheck.Verify(encrypted, encryptedPath);
            }

            File.Move(encryptedPath, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(encryptedPath);
        }

        LogEncrypted(logger, fullPath);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning,
        Message = "The data file {StoragePath} was not encrypted; it is now encrypted with Storage:Password. Backups made before now are not encrypted: replace them")]
    private static partial void LogEncrypted(ILogger logger, string storagePath);
}
