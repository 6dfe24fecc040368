using NetworkBot.Storage;
using NetworkBot.Storage.Backup;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

/// <summary>The backup and restore commands with no service running (the running service's side is in OnlineBackupTests).</summary>
public sealed class BackupRestoreCommandTests : IDisposable
{
    private const string Password = "backup-test-password";

    private readonly TempDataFile _file = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public BackupRestoreCommandTests() => BackupPath = System.IO.Path.Combine(_file.Folder, "backup.db");

    private string BackupPath { get; }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Backup_NothingRunning_WritesACheckedCopy()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, Password, count: 50);

        Assert.Equal(0, await BackupAsync());

        Assert.Contains("the service was not running", _output.ToString());
        using var copy = new LiteDbContext(BackupPath, Password);
        Assert.Equal(50, copy.Registrations.Count());
    }

    [Fact]
    public async Task Backup_NoDataFileYet_SaysSoAndWritesNothing()
    {
        Assert.Equal(1, await BackupAsync());

        Assert.Contains("nothing to back up", _errors.ToString());
        Assert.False(File.Exists(BackupPath));
    }

    [Fact]
    public async Task Restore_FileInUse_RefusesAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(BackupPath, Password, count: 5);
        using var running = new LiteDbContext(_file.Path, Password);

        Assert.Equal(1, await RestoreAsync());

        Assert.Contains("Stop it first", _errors.ToString());
        Assert.Equal(0, running.Registrations.Count());
        Assert.Empty(Directory.GetFiles(_file.Folder, "*.before-restore-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Restore_Stopped_PutsTheBackupInPlaceAndKeepsTheReplacedFile()
    {
        DataFileCheckTests.WriteRegistrations(BackupPath, Password, count: 5);
        DataFileCheckTests.WriteRegistrations(_file.Path, Password, count: 9);

        Assert.Equal(0, await RestoreAsync());

        using (var restored = new LiteDbContext(_file.Path, Password)) Assert.Equal(5, restored.Registrations.Count());
        var kept = Assert.Single(Directory.GetFiles(System.IO.Path.GetDirectoryName(_file.Path)!, "networkbot.db.before-restore-*"));
        Assert.Contains(kept, _output.ToString());
        using var replaced = new LiteDbContext(kept, Password);
        Assert.Equal(9, replaced.Registrations.Count());
    }

    [Theory]
    [InlineData("damaged", "is damaged")]
    [InlineData("no password", "Storage:Password")]
    public async Task Restore_UnusableBackup_RefusesAndKeepsTheDataFile(string problem, string expected)
    {
        DataFileCheckTests.WriteRegistrations(BackupPath, Password);
        if (problem == "damaged") DataFileCheckTests.Damage(BackupPath, "page overwritten in the middle");
        DataFileCheckTests.WriteRegistrations(_file.Path, Password, count: 9);

        Assert.Equal(1, await RestoreAsync(password: problem == "no password" ? null : Password));

        Assert.Contains("cannot be restored", _errors.ToString());
        Assert.Contains(expected, _errors.ToString());
        using var untouched = new LiteDbContext(_file.Path, Password);
        Assert.Equal(9, untouched.Registrations.Count());
    }

    private Task<int> BackupAsync() => BackupCommand.RunAsync([BackupPath, .. Arguments(Password)], _output, _errors);

    private Task<int> RestoreAsync(string? password = Password) =>
        RestoreCommand.RunAsync([BackupPath, .. Arguments(password)], _output, _errors, TimeProvider.System);

    private string[] Arguments(string? password) =>
        password is null ? [$"--Storage:Path={_file.Path}"] : [$"--Storage:Path={_file.Path}", $"--Storage:Password={password}"];
}
