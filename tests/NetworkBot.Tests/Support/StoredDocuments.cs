using System.Globalization;
using System.Text.RegularExpressions;
using NetworkBot.Storage;

namespace NetworkBot.Tests.Support;

internal static partial class StoredDocuments
{
    /// <summary>
    /// Every document of every collection in the data file, as JSON: what an erasure test searches for a name. Some
    /// values are JSON text themselves (a Discord form draft), whose non-ASCII letters are \u-escaped, so escapes are
    /// decoded: a name stored that way is still found.
    /// </summary>
    public static string All(LiteDbContext db)
    {
        var json = string.Join("\n", db.Database.GetCollectionNames().SelectMany(name => db.Database.GetCollection(name).FindAll()).Select(d => LiteDB.JsonSerializer.Serialize(d)));
        return UnicodeEscape().Replace(json, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
    }

    [GeneratedRegex(@"\\+u([0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();
}
