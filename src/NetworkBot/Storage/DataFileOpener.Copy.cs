using LiteDB;
using LiteDB.Engine;

namespace NetworkBot.Storage;

/// <summary>What the <c>change-password</c> and <c>repair</c> commands need: a copy of the file nobody else uses, rewritten.</summary>
internal static partial class DataFileOpener
{
    /// <summary>
    /// Writes a new file at <paramref name="targetPath"/>, encrypted with <paramref name="newPassword"/> (plain when null),
    /// from every document of <paramref name="sourcePath"/> that can be read (see <see cref="DataFileCopy"/>).
    /// </summary>
    /// <returns>How many reads failed.</returns>
    /// <exception cref="StorageUnavailableException">The source cannot be opened at all (wrong password, header gone).</exception>
    public static int CopyInto(string sourcePath, string? password, string targetPath, string? newPassword)
    {
        var sourcePassword = IsEncrypted(sourcePath) ? password : null;
        using var copy = new DataFileCopy(() => new LiteDatabase(StartLiteEngine(sourcePath, sourcePassword), BsonMapping.Create()));
        try
        {
            using var target = new LiteDatabase(
                new LiteEngine(new EngineSettings { Filename = targetPath, Password = newPassword, Collation = copy.Collation }), BsonMapping.Create());
            copy.Into(target);
        }
        catch (Exception exception) when (LiteDbFile.IsUnreadablePage(exception))
        {
            // The header, the collection list or the schema version cannot be read.
            throw DataFileCheck.Damaged(sourcePath, exception);
        }

        return copy.FailedReads;
    }

    /// <summary>
    /// How many documents each collection lists, as far as its index can tell (null where even that fails). Each count
    /// on a fresh engine: after a read meets a damaged page, LiteDB refuses everything else on that engine.
    /// </summary>
    public static IReadOnlyDictionary<string, int?> ListedCounts(string fullPath, string? password)
    {
        password = IsEncrypted(fullPath) ? password : null;
        var names = ReadOrNull(fullPath, password, database => database.GetCollectionNames().ToList()) ?? [];
        return names.ToDictionary(name => name, name => ReadOrNull(fullPath, password, database => (int?)database.GetCollection(name).Count()), StringComparer.Ordinal);
    }

    /// <summary>Whether the file is encrypted, for checking that a copy was written as asked.</summary>
    public static bool IsEncryptedFile(string fullPath) => IsEncrypted(fullPath);

    private static T? ReadOrNull<T>(string fullPath, string? password, Func<LiteDatabase, T> read)
    {
        var database = new LiteDatabase(StartLiteEngine(fullPath, password), BsonMapping.Create());
        try
        {
            return read(database);
        }
        catch (Exception exception) when (LiteDbFile.IsUnreadablePage(exception))
        {
            return default;
        }
        finally
        {
            LiteDbFile.DisposeQuietly(database);
        }
    }
}
