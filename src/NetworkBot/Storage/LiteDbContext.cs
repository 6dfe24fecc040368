using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
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

    private readonly BackupGatedEngine _engine;

    /// <summary>
    /// Opens (or creates) the file, encrypted when <paramref name="password"/> is set, and checks it can be read: all of it,
    /// or with <paramref name="fullCheck"/> false only the quick part (the service reads the rest after it starts).
    /// </summary>
    public LiteDbContext(string path, string? password = null, ILogger? logger = null, bool fullCheck = true)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        Path = fullPath;
        Password = password;
        _ownership = DataFileLock.Take(fullPath);
        try
        {
            (Database, _engine) = DataFileOpener.Open(fullPath, password, logger ?? NullLogger.Instance, fullCheck);
        }
        catch
        {
            _ownership.Dispose();
            throw;
        }

        Database.UtcDate = true;
        Migrate();
        CreateMissingCollections();
    }

    public string Path { get; }

    /// <summary>Kept to check backups, which are encrypted the same way.</summary>
    private string? Password { get; }

    public LiteDatabase Database { get; }

    /// <summary>
    /// Every collection the service uses, all created when the file is opened: LiteDB fails a read of a collection
    /// that another thread is creating at that moment ("page type must be collection page"), so none may be created
    /// while the service runs (a newcomer's greeting read the stored values as the start-up wrote the first one).
    /// </summary>
    public IReadOnlyList<string> CollectionNames =>
    [
        Events.Name, Registrations.Name, ScheduledSends.Name, Outbox.Name, Announcements.Name, ReminderPreferences.Name,
        Members.Name, SeenMembers.Name, Values.Name, LiteDbSecretStore.CollectionName,
    ];

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
    /// Writes a consistent copy of the file to <paramref name="target"/> while the service keeps running: writes wait
    /// for the moment it takes to checkpoint and copy; the copy is checked before it replaces anything at the target.
    /// </summary>
    public void BackUpTo(string target)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        _engine.RunExclusive(engine =>
        {
            engine.Checkpoint();
            File.Copy(Path, partial, overwrite: true);
        });
        try
        {
            DataFileOpener.Check(partial, Password);
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// <see cref="DataFileCheck.Verify"/> on the file while the service uses it. Writes wait meanwhile, as for a backup
    /// (reads go on): a count and a read-through then cannot disagree, and LiteDB is never asked to read its pages
    /// while a write creates a collection, which a long read transaction alongside writes did not survive.
    /// </summary>
    public void VerifyWhileInUse() => _engine.RunExclusive(_ => DataFileCheck.Verify(Database, Path));

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

    private void CreateMissingCollections()
    {
        var existing = Database.GetCollectionNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = CollectionNames.Where(name => !existing.Contains(name)).ToList();
        if (missing.Count == 0) return;

        // One transaction, so a fresh file costs one write to disk rather than one per collection.
        Database.BeginTrans();
        foreach (var name in missing) LiteDbFile.CreateEmpty(Database, name);

        Database.Commit();
    }
}
