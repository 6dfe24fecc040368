using NetworkBot.Storage;
using NetworkBot.Storage.Backup;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

/// <summary>The repair command on files damaged as DataFileCheckTests damages them.</summary>
public sealed class RepairCommandTests : IDisposable
{
    private const string Password = "repair-test-password";

    private readonly TempDataFile _file = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose() => _file.Dispose();

    private string DataFolder => Path.GetDirectoryName(_file.Path)!;

    [Theory]
    [InlineData("Data", null)]
    [InlineData("Data", Password)]
    [InlineData("Index", null)]
    [InlineData("Index", Password)]
    public async Task DamagedPage_RebuildsAFileTheServiceOpensAndKeepsTheDamagedOneAside(string pageType, string? password)
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, password);
        DataFileCheckTests.DamagePageInTheMiddle(_file.Path, pageType, password);
        var damaged = File.ReadAllBytes(_file.Path);

        Assert.Equal(0, await RunAsync(password));

        using (var repaired = new LiteDbContext(_file.Path, password))
        {
            var kept = repaired.Registrations.Count();
            Assert.InRange(kept, 1, pageType == "Data" ? 1999 : 2000);
            Assert.Contains($"registrations: kept {kept:N0}", _output.ToString());
            Assert.False(repaired.Database.CollectionExists("_rebuild_errors"));
        }

        var keptAside = Assert.Single(Directory.GetFiles(DataFolder, "networkbot.db.before-repair-*"));
        Assert.Equal(damaged, File.ReadAllBytes(keptAside));
        Assert.Contains($"The damaged file is kept as {keptAside}", _output.ToString());
        Assert.Empty(Directory.GetDirectories(DataFolder));
    }

    [Fact]
    public async Task DataPageLost_SaysDocumentsAreLostAndTheBackupMayBeBetter()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, password: null);
        DataFileCheckTests.DamagePageInTheMiddle(_file.Path, "Data");

        Assert.Equal(0, await RunAsync(password: null));

        using var repaired = new LiteDbContext(_file.Path);
        Assert.True(repaired.Registrations.Count() < 2000, "a whole data page was overwritten, yet every registration came back");
        Assert.Matches(@"\([1-9]\d* read\(s\) failed\)", _output.ToString());
        Assert.Contains("Some documents may be lost", _output.ToString());
        Assert.Contains("-- restore BACKUP-FILE", _output.ToString());
    }

    /// <summary>LiteDB 5.0.20's own rebuild fails once a collection with an index holds more than 2,550 documents.</summary>
    [Fact]
    public async Task DataPageLost_MoreDocumentsThanLiteDbsRebuildManages_KeepsTheRest()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, Password, count: 3000);
        DataFileCheckTests.DamagePageInTheMiddle(_file.Path, "Data", Password);

        Assert.Equal(0, await RunAsync(Password));

        using var repaired = new LiteDbContext(_file.Path, Password);
        var kept = repaired.Registrations.Count();
        Assert.InRange(kept, 2900, 2999);
        Assert.Contains($"registrations: kept {kept:N0} of 3,000", _output.ToString());
    }

    [Fact]
    public async Task IntactFile_SaysSoAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, Password, count: 30);
        var bytes = File.ReadAllBytes(_file.Path);
        var entries = Entries();

        Assert.Equal(0, await RunAsync(Password));

        Assert.Contains("is intact", _output.ToString());
        Assert.Contains("Nothing was changed", _output.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
        Assert.Equal(entries, Entries());
    }

    [Theory]
    [InlineData("header overwritten")]
    [InlineData("garbage")]
    public async Task NothingReadable_SaysSoAndChangesNothing(string damage)
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, password: null, count: 100);
        Overwrite(_file.Path, damage == "garbage" ? new FileInfo(_file.Path).Length : 8192);
        var bytes = File.ReadAllBytes(_file.Path);
        var entries = Entries();

        Assert.Equal(1, await RunAsync(password: null));

        Assert.Contains("cannot be repaired", _errors.ToString());
        Assert.Contains("Nothing was changed", _errors.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
        Assert.Equal(entries, Entries());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Password)]
    public async Task TruncatedFile_KeepsWhatTheFirstHalfHolds(string? password)
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, password);
        DataFileCheckTests.Damage(_file.Path, "truncated");

        Assert.Equal(0, await RunAsync(password));

        using var repaired = new LiteDbContext(_file.Path, password);
        Assert.InRange(repaired.Registrations.Count(), 1, 1999);
        Assert.Contains("Some documents may be lost", _output.ToString());
    }

    [Fact]
    public async Task WrongPassword_SaysSoAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, Password, count: 30);
        var bytes = File.ReadAllBytes(_file.Path);

        Assert.Equal(1, await RunAsync("a-wrong-password"));

        Assert.Contains("Storage:Password does not match", _errors.ToString());
        Assert.DoesNotContain("a-wrong-password", _errors.ToString() + _output);
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
    }

    [Fact]
    public async Task FileInUse_RefusesAndChangesNothing()
    {
        DataFileCheckTests.WriteRegistrations(_file.Path, password: null, count: 30);
        using (var running = new LiteDbContext(_file.Path))
        {
            Assert.Equal(1, await RunAsync(password: null));
            Assert.Equal(30, running.Registrations.Count());
        }

        Assert.Contains("Stop it first", _errors.ToString());
        Assert.Contains("run repair again", _errors.ToString());
        Assert.Empty(Directory.GetFiles(DataFolder, "*.before-repair-*"));
    }

    private Task<int> RunAsync(string? password)
    {
        string[] args = password is null ? [$"--Storage:Path={_file.Path}"] : [$"--Storage:Path={_file.Path}", $"--Storage:Password={password}"];
        return RepairCommand.RunAsync(args, _output, _errors, TimeProvider.System);
    }

    /// <summary>What the data folder holds, to show a refused repair left it as it was.</summary>
    private List<string> Entries() => [.. Directory.GetFileSystemEntries(DataFolder).Order(StringComparer.Ordinal)];

    private static void Overwrite(string path, long length)
    {
        var noise = new byte[length];
        new Random(5).NextBytes(noise);
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Write(noise);
    }
}
