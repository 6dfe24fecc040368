using NetworkBot.Storage;
using NetworkBot.Storage.Backup;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

/// <summary>The change-password command on real files, run as BackupRestoreCommandTests runs backup and restore.</summary>
public sealed class ChangePasswordCommandTests : IDisposable
{
    private const string OldPassword = "old-password-123";

    private const string NewPassword = "new-password-456";

    private readonly TempDataFile _file = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose() => _file.Dispose();

    /// <summary>More than 2,550 registrations: LiteDB 5.0.20's own rebuild fails on that many in a collection with an index.</summary>
    [Fact]
    public async Task ChangePassword_OpensWithTheNewPasswordOnlyAndKeepsEveryDocumentAndIndex()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword, count: 3000);
        var before = Registrations(_file.Path, OldPassword);
        var indexes = Indexes(_file.Path, OldPassword);

        Assert.Equal(0, await RunAsync(OldPassword, NewPassword));

        Assert.Equal(indexes, Indexes(_file.Path, NewPassword));
        Assert.Equal(before, Registrations(_file.Path, NewPassword));
        Assert.Contains("registrations", string.Join(",", indexes));
        var refused = Assert.Throws<StorageUnavailableException>(() => new LiteDbContext(_file.Path, OldPassword));
        Assert.Contains("Storage:Password does not match", refused.Message);
        Assert.Contains("set Storage:Password (Storage__Password) to the new password", _output.ToString());
        Assert.DoesNotContain(OldPassword, _output.ToString() + _errors);
        Assert.DoesNotContain(NewPassword, _output.ToString() + _errors);
        var kept = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_file.Path)!, "networkbot.db.before-password-change-*"));
        Assert.Contains(kept, _output.ToString());
        Assert.Equal(before, Registrations(kept, OldPassword));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(_file.Path)!));
    }

    [Fact]
    public async Task ChangePassword_PlainFile_EncryptsIt()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, password: null, count: 40);

        Assert.Equal(0, await RunAsync(current: null, NewPassword));

        Assert.Equal(1, File.ReadAllBytes(_file.Path)[0]);
        Assert.Equal(40, Registrations(_file.Path, NewPassword).Count);
        Assert.Contains("Backups made before now are not encrypted", _output.ToString());
    }

    [Fact]
    public async Task RemoveEncryption_Flag_StoresTheFilePlain()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword, count: 40);

        Assert.Equal(0, await RunAsync(OldPassword, newPassword: null, ChangePasswordCommand.RemoveEncryption));

        Assert.Equal(0, File.ReadAllBytes(_file.Path)[0]);
        Assert.Equal(40, Registrations(_file.Path, password: null).Count);
        Assert.Contains("is no longer encrypted", _output.ToString());
    }

    [Fact]
    public async Task WrongCurrentPassword_SaysSoAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword, count: 40);
        var bytes = File.ReadAllBytes(_file.Path);
        var entries = Directory.GetFileSystemEntries(Path.GetDirectoryName(_file.Path)!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(1, await RunAsync("a-wrong-password", NewPassword));

        Assert.Contains("Storage:Password does not match", _errors.ToString());
        Assert.Contains("The password was not changed", _errors.ToString());
        Assert.DoesNotContain("a-wrong-password", _output.ToString() + _errors);
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
        Assert.Equal(entries, Directory.GetFileSystemEntries(Path.GetDirectoryName(_file.Path)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FileInUse_RefusesAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword, count: 40);
        using (var running = new LiteDbContext(_file.Path, OldPassword))
        {
            Assert.Equal(1, await RunAsync(OldPassword, NewPassword));
            Assert.Equal(40, running.Registrations.Count());
        }

        Assert.Contains("Stop it first", _errors.ToString());
        Assert.Equal(40, Registrations(_file.Path, OldPassword).Count);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_file.Path)!, "*.before-password-change-*"));
    }

    [Theory]
    [InlineData(null, null, "Set the new password in Storage:NewPassword")]
    [InlineData(NewPassword, ChangePasswordCommand.RemoveEncryption, "choose one")]
    [InlineData(OldPassword, null, "the same as Storage:Password")]
    public async Task UnclearRequest_ExplainsTheUsageAndChangesNothing(string? newPassword, string? flag, string expected)
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword, count: 10);
        var bytes = File.ReadAllBytes(_file.Path);

        Assert.Equal(2, await RunAsync(OldPassword, newPassword, flag));

        Assert.Contains(expected, _errors.ToString());
        Assert.Contains("Usage:", _errors.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
    }

    [Fact]
    public async Task DamagedFile_SaysToRepairFirstAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword);
        DataFileCheckTests.Damage(_file.Path, "page overwritten in the middle");
        var bytes = File.ReadAllBytes(_file.Path);

        Assert.Equal(1, await RunAsync(OldPassword, NewPassword));

        Assert.Contains($"the data file {_file.Path} is damaged", _errors.ToString());
        Assert.Contains("-- repair", _errors.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
    }

    [Fact]
    public async Task Service_StartsWithTheNewPasswordAfterwards()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, OldPassword, count: 20);
        Assert.Equal(0, await RunAsync(OldPassword, NewPassword));

        var old = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ServiceProcess.StartAsync(_file.Path, new Dictionary<string, string> { ["Storage__Password"] = OldPassword }));
        await using var service = await ServiceProcess.StartAsync(_file.Path, new Dictionary<string, string> { ["Storage__Password"] = NewPassword });
        using var client = service.CreateClient();
        using var health = await client.GetAsync(new Uri("health", UriKind.Relative));

        Assert.Contains("Storage:Password does not match", old.Message);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    private Task<int> RunAsync(string? current, string? newPassword, string? flag = null)
    {
        List<string> args = [$"--Storage:Path={_file.Path}"];
        if (current is not null) args.Add($"--Storage:Password={current}");
        if (newPassword is not null) args.Add($"--Storage:NewPassword={newPassword}");
        if (flag is not null) args.Insert(0, flag);
        return ChangePasswordCommand.RunAsync([.. args], _output, _errors, TimeProvider.System);
    }

    /// <summary>Every collection, index and the schema version, read without the service's own opening (which would create missing indexes).</summary>
    private static List<string> Indexes(string path, string password)
    {
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = path, Password = password });
        return [$"version {db.UserVersion}", .. db.GetCollectionNames().Order(StringComparer.Ordinal), .. db.GetCollection("$indexes").FindAll()
            .Select(index => $"{index["collection"].AsString} {index["name"].AsString} {index["expression"].AsString} {index["unique"].AsBoolean}")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Every registration, in a form two files can be compared by.</summary>
    internal static List<string> Registrations(string path, string? password)
    {
        using var db = new LiteDbContext(path, password);
        return [.. db.Registrations.FindAll().OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => $"{r.Id}|{r.EventId}|{r.MemberId}|{r.Name}|{r.Affiliation}")];
    }
}
