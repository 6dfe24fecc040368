using LiteDB;
using LiteDB.Engine;

namespace NetworkBot.Storage;

/// <summary>What the <c>change-password</c> and <c>repair</c> commands need: LiteDB's rebuild, on a copy nobody else uses.</summary>
internal static partial class DataFileOpener
{
    private const string RebuildErrors = "_rebuild_errors";

    private const int PageSize = 8192;

    /// <summary>
    /// Has LiteDB write the file anew from what it can read of it, encrypted with <paramref name="newPassword"/> (plain when
    /// null), and swap the two: the file it read is left beside it as <c>NAME-backup.EXT</c>. LiteDB skips pages it cannot
    /// read and lists each problem in a <c>_rebuild_errors</c> collection of the new file; that collection is counted and
    /// dropped, so the file holds only the service's own data. Only for a copy: the caller checks the result before using it.
    /// </summary>
    /// <returns>How many problems LiteDB met reading the file.</returns>
    /// <exception cref="StorageUnavailableException">The file cannot be opened at all (wrong password, header gone), or the rebuilt one cannot.</exception>
    public static int Rebuild(string fullPath, string? password, string? newPassword)
    {
        var engine = StartEngine(fullPath, IsEncrypted(fullPath) ? password : null);
        try
        {
            engine.Rebuild(new RebuildOptions { Password = newPassword, IncludeErrorReport = true });
        }
        catch (Exception exception) when (exception is LiteException or IOException or InvalidCastException or ArgumentException or IndexOutOfRangeException)
        {
            // After rebuilding, LiteDB reopens the file with the password it started with, which fails once the password
            // has changed; a rebuild that failed half-way leaves the old file, which the caller's check then refuses.
        }
        finally
        {
            DisposeQuietly(engine);
        }

        using var rebuilt = new LiteDatabase(StartEngine(fullPath, newPassword), BsonMapping.Create());
        if (!rebuilt.CollectionExists(RebuildErrors)) return 0;
        var errors = rebuilt.GetCollection(RebuildErrors).Count();
        rebuilt.DropCollection(RebuildErrors);
        return errors;
    }

    /// <summary>How many documents each collection lists, as far as its index can tell (null where even that fails).</summary>
    public static IReadOnlyDictionary<string, int?> ListedCounts(string fullPath, string? password)
    {
        using var database = new LiteDatabase(StartEngine(fullPath, IsEncrypted(fullPath) ? password : null), BsonMapping.Create());
        List<string> names;
        try
        {
            names = database.GetCollectionNames().ToList();
        }
        catch (Exception exception) when (exception is LiteException or InvalidCastException or ArgumentException or IndexOutOfRangeException)
        {
            return new Dictionary<string, int?>();
        }

        return names.ToDictionary(name => name, name => CountOrNull(database, name), StringComparer.Ordinal);
    }

    /// <summary>
    /// A file cut off (a full disk, a copy that stopped) makes LiteDB's rebuild give up before reading anything, because
    /// the header names pages past the end. Zero pages in their place let it read every page that is still there; it
    /// counts each zero page as a problem. For a working copy only.
    /// </summary>
    public static void PadCutOffFile(string fullPath, string? password)
    {
        var encrypted = IsEncrypted(fullPath);
        long lastPageId;
        using (var database = new LiteDatabase(StartEngine(fullPath, encrypted ? password : null), BsonMapping.Create()))
        {
            lastPageId = database.Execute("SELECT lastPageID FROM $database").ToEnumerable().Single()["lastPageID"].AsInt32;
        }

        // An encrypted file starts with one more page, which holds the salt.
        var length = (lastPageId + 1 + (encrypted ? 1 : 0)) * PageSize;
        using var file = new FileStream(fullPath, FileMode.Open, FileAccess.ReadWrite);
        if (file.Length < length) file.SetLength(length);
    }

    /// <summary>Whether the file is encrypted, for checking that a rebuild wrote what was asked.</summary>
    public static bool IsEncryptedFile(string fullPath) => IsEncrypted(fullPath);

    private static int? CountOrNull(LiteDatabase database, string name)
    {
        try
        {
            return database.GetCollection(name).Count();
        }
        catch (Exception exception) when (exception is LiteException or InvalidCastException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
