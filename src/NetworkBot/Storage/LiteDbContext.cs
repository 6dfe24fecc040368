using LiteDB;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;

namespace NetworkBot.Storage;

/// <summary>
/// The one open LiteDB file of the process, with its mapping, indexes and schema version. LiteDB is embedded:
/// nothing to install, and one file to back up.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    /// <summary>Raised whenever the stored shape changes, with a migration step in <see cref="Migrate"/>.</summary>
    public const int SchemaVersion = 1;

    public LiteDbContext(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        Path = fullPath;
        Database = Open(fullPath);
        Database.UtcDate = true;
        Migrate();
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    public ILiteCollection<Event> Events => Database.GetCollection<Event>("events");

    public ILiteCollection<Registration> Registrations => Database.GetCollection<Registration>("registrations");

    public ILiteCollection<MemberProfile> Members => Database.GetCollection<MemberProfile>("members");

    public ILiteCollection<SeenMember> SeenMembers => Database.GetCollection<SeenMember>("members_seen");

    public void Dispose() => Database.Dispose();

    private static LiteDatabase Open(string fullPath)
    {
        try
        {
            return new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct }, BsonMapping.Create());
        }
        catch (IOException exception)
        {
            throw new StorageUnavailableException(
                $"The data file {fullPath} is in use by another NetworkBot process (the service or another console). "
                + "Stop that process, or point Storage:Path at another file.", exception);
        }
    }

    private void Migrate()
    {
        Events.EnsureIndex(e => e.Start);
        Registrations.EnsureIndex(r => r.EventId);
        Registrations.EnsureIndex(r => r.MemberId);
        Members.EnsureIndex(m => m.PrefectureCode);
        Members.EnsureIndex(m => m.SectorId);
        if (Database.UserVersion < SchemaVersion) Database.UserVersion = SchemaVersion;
    }
}

/// <summary>The data file cannot be opened; the message says why and what to do.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
