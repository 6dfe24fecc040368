using LiteDB;
using NetworkBot.Core.Announcements;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Scheduling;

namespace NetworkBot.Storage;

/// <summary>
/// The one open LiteDB file of the process, with its mapping, indexes and schema version. LiteDB is embedded:
/// nothing to install, and one file to back up.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    /// <summary>Raised whenever the stored shape changes, with a migration step in <see cref="Migrate"/>.</summary>
    public const int SchemaVersion = 1;

    private readonly FileStream _ownership;

    public LiteDbContext(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        Path = fullPath;
        _ownership = TakeOwnership(fullPath);
        try
        {
            Database = Open(fullPath);
        }
        catch
        {
            _ownership.Dispose();
            throw;
        }

        Database.UtcDate = true;
        Migrate();
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    public ILiteCollection<Event> Events => Database.GetCollection<Event>("events");

    public ILiteCollection<Registration> Registrations => Database.GetCollection<Registration>("registrations");

    public ILiteCollection<ScheduledSend> ScheduledSends => Database.GetCollection<ScheduledSend>("scheduled_sends");

    public ILiteCollection<OutboxEntry> Outbox => Database.GetCollection<OutboxEntry>("outbox");

    public ILiteCollection<Announcement> Announcements => Database.GetCollection<Announcement>("announcements");

    public ILiteCollection<ReminderPreference> ReminderPreferences => Database.GetCollection<ReminderPreference>("reminder_preferences");
    public ILiteCollection<MemberProfile> Members => Database.GetCollection<MemberProfile>("members");

    public ILiteCollection<SeenMember> SeenMembers => Database.GetCollection<SeenMember>("members_seen");

    /// <summary>Small named values adapters keep between runs (a hash of registered commands, button targets, form drafts).</summary>
    public ILiteCollection<StoredValue> Values => Database.GetCollection<StoredValue>("values");

    public void Dispose()
    {
        Database.Dispose();
        _ownership.Dispose();
    }

    /// <summary>
    /// LiteDB's direct mode does not stop a second process from opening the same file on Linux, and two writers
    /// would damage it. An exclusive lock file beside it makes the second opener stop with a clear message instead.
    /// </summary>
    private static FileStream TakeOwnership(string fullPath)
    {
        // A restarting service may start while the previous instance is still letting go: wait a moment for it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(fullPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception) when (attempt >= OwnershipAttempts)
            {
                throw new StorageUnavailableException(
                    $"The data file {fullPath} is in use by another NetworkBot process (the service or another console). "
                    + "Stop that process, or point Storage:Path at another file.", exception);
            }
            catch (IOException)
            {
                Thread.Sleep(OwnershipRetryDelay);
            }
        }
    }

    private const int OwnershipAttempts = 20;

    private static readonly TimeSpan OwnershipRetryDelay = TimeSpan.FromMilliseconds(100);

    private static LiteDatabase Open(string fullPath) =>
        new(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct }, BsonMapping.Create());

    private void Migrate()
    {
        Events.EnsureIndex(e => e.Start);
        Registrations.EnsureIndex(r => r.EventId);
        Registrations.EnsureIndex(r => r.MemberId);
        ScheduledSends.EnsureIndex(s => s.SourceId);
        ScheduledSends.EnsureIndex(s => s.Status);
        Outbox.EnsureIndex(o => o.Status);
        Members.EnsureIndex(m => m.PrefectureCode);
        Members.EnsureIndex(m => m.SectorId);
        if (Database.UserVersion < SchemaVersion) Database.UserVersion = SchemaVersion;
    }
}

/// <summary>The data file cannot be opened; the message says why and what to do.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
