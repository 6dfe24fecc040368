using LiteDB;
using LiteDB.Engine;

namespace NetworkBot.Storage;

/// <summary>
/// LiteDB's own rebuild, which <c>repair</c> tries first: it reads a damaged file page by page, so it keeps every
/// document whose page is intact, even where the indexes that lead to it are gone.
/// </summary>
internal static partial class DataFileOpener
{
    private const string RebuildErrors = "_rebuild_errors";

    private const int PageSize = 8192;

    /// <summary>
    /// Has LiteDB write the file anew, in place, from every page it can read. It lists each problem in a
    /// <c>_rebuild_errors</c> collection of the new file, which is counted and dropped, so the file holds only the
    /// service's own data. For a working copy only: LiteDB leaves the file it read beside it as <c>NAME-backup.EXT</c>.
    /// </summary>
    /// <returns>How many problems LiteDB met; null when its rebuild failed (see <see cref="DataFileCopy"/>) and the file is as it was.</returns>
    public static int? RebuildWithLiteDb(string fullPath, string? password)
    {
        password = IsEncrypted(fullPath) ? password : null;
        var engine = StartLiteEngine(fullPath, password);
        try
        {
            engine.Rebuild(new RebuildOptions { Password = password, IncludeErrorReport = true });
        }
        catch (Exception exception) when (LiteDbFile.IsUnreadablePage(exception) || exception is IOException)
        {
            return null;
        }
        finally
        {
            LiteDbFile.DisposeQuietly(engine);
        }

        using var rebuilt = new LiteDatabase(StartLiteEngine(fullPath, password), BsonMapping.Create());
        if (!rebuilt.CollectionExists(RebuildErrors)) return 0;
        var problems = rebuilt.GetCollection(RebuildErrors).Count();
        rebuilt.DropCollection(RebuildErrors);
        return problems;
    }

    /// <summary>
    /// A file cut off (a full disk, a copy that stopped) makes LiteDB's rebuild give up before reading anything
    /// ("LastPageID should be less or equals to maxPageID"): zero pages in place of the missing ones let it read every
    /// page that is still there, counting each zero page as a problem. For a working copy only.
    /// </summary>
    public static void PadCutOffFile(string fullPath, string? password)
    {
        var encrypted = IsEncrypted(fullPath);
        long lastPageId;
        using (var database = new LiteDatabase(StartLiteEngine(fullPath, encrypted ? password : null), BsonMapping.Create()))
        {
            lastPageId = database.Execute("SELECT lastPageID FROM $database").ToEnumerable().Single()["lastPageID"].AsInt32;
        }

        // An encrypted file starts with one more page, which holds the salt.
        var length = (lastPageId + 1 + (encrypted ? 1 : 0)) * PageSize;
        using var file = new FileStream(fullPath, FileMode.Open, FileAccess.ReadWrite);
        if (file.Length < length) file.SetLength(length);
    }
}
