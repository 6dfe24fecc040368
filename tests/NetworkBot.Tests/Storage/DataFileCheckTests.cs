using NetworkBot.Core.Events;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

/// <summary>Damaged files, made by cutting or overwriting pages of a real one, stop the start with what to do.</summary>
public sealed class DataFileCheckTests : IDisposable
{
    private const int PageSize = 8192;

    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    public static TheoryData<string, string?> Damages => new()
    {
        { "truncated", null }, { "page overwritten near the start", null }, { "page overwritten in the middle", null }, { "last page overwritten", null },
        { "truncated", "pw" }, { "page overwritten in the middle", "pw" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Open_DamagedFile_SaysItIsDamagedAndHowToRestore(string damage, string? password)
    {
        WriteRegistrations(password);
        Damage(_file.Path, damage);

        var error = Assert.ThrowsAny<StorageUnavailableException>(() => new LiteDbContext(_file.Path, password));

        Assert.Contains("is damaged", error.Message);
        Assert.Contains("-- restore BACKUP-FILE", error.Message);
    }

    [Fact]
    public void OpenQuickly_FileCutOff_SaysItIsDamagedAtOnce()
    {
        WriteRegistrations(password: null);
        Damage(_file.Path, "truncated");

        var error = Assert.ThrowsAny<StorageUnavailableException>(() => new LiteDbContext(_file.Path, fullCheck: false));

        Assert.Contains("is damaged", error.Message);
    }

    [Theory]
    [InlineData("Data")]
    [InlineData("Index")]
    public void OpenQuickly_DamageInTheMiddle_StartsAndTheReadThroughFindsIt(string pageType)
    {
        WriteRegistrations(password: null);
        DamagePageOnlyTheReadThroughReads(_file.Path, pageType);

        using var db = new LiteDbContext(_file.Path, fullCheck: false);
        var error = Assert.ThrowsAny<StorageUnavailableException>(db.VerifyWhileInUse);

        Assert.Contains("is damaged", error.Message);
        Assert.Contains("-- restore BACKUP-FILE", error.Message);
    }

    [Fact]
    public async Task VerifyWhileInUse_WritesGoingOnMeanwhile_FindsNothingWrong()
    {
        WriteRegistrations(password: null);
        using var db = new LiteDbContext(_file.Path);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(() =>
        {
            // Each insert would change the count between the check's count and its read-through, were it let through.
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref written);
                db.Registrations.Insert(new Registration { Id = $"9:slack:T1:W{i}", EventId = 9, MemberId = $"slack:T1:W{i}", Name = "追加" });
            }
        });

        try
        {
            // Checks and writes take turns until plenty of writes have arrived while checks ran.
            while (Volatile.Read(ref written) <= 200)
            {
                db.VerifyWhileInUse();
                await WriterMovesOnAsync(() => Volatile.Read(ref written));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        Assert.True(written > 200, "the writer did not keep up with the checks");
        Assert.Equal(2000 + written, db.Registrations.Count());
    }

    [Fact]
    public async Task VerifyWhileInUse_CollectionsCreatedMeanwhile_NeitherTheWritesNorTheCheckFail()
    {
        WriteRegistrations(password: null);
        using var db = new LiteDbContext(_file.Path);
        using var stop = new CancellationTokenSource();
        var created = 0;
        var writer = Task.Run(() =>
        {
            // A fresh install creates its collections while the service runs: the read-through must not trip over that.
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref created);
                var collection = db.Database.GetCollection($"fresh_{i}");
                collection.Insert(new LiteDB.BsonDocument { ["_id"] = i, ["name"] = "新しい" });
                collection.EnsureIndex("name");
                db.Registrations.Insert(new Registration { Id = $"8:slack:T1:N{i}", EventId = 8, MemberId = $"slack:T1:N{i}", Name = "追加" });
            }
        });

        try
        {
            while (Volatile.Read(ref created) < 150)
            {
                db.VerifyWhileInUse();
                await WriterMovesOnAsync(() => Volatile.Read(ref created));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        Assert.True(created >= 150, "the writer did not keep up with the checks");
        Assert.Equal(2000 + created, db.Registrations.Count());
        DataFileCheck.Verify(db.Database, db.Path);
    }

    [Fact]
    public void Open_IntactFile_PassesTheCheckWithEverythingThere()
    {
        WriteRegistrations(password: null);

        using var db = new LiteDbContext(_file.Path);

        Assert.Equal(2000, db.Registrations.Count());
    }

    [Fact]
    public async Task Console_DamagedFile_ExitsWithTheMessageAndNoStackTrace()
    {
        WriteRegistrations(password: null);
        Damage(_file.Path, "page overwritten in the middle");

        var run = await BotProcess.RunConsoleAsync(_file.Path, "/events\n", "--as", "後藤");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is damaged", run.Errors);
        Assert.DoesNotContain("   at ", run.Errors + run.Output);
    }

    [Fact]
    public async Task Service_DamagedFile_ExitsWithTheMessageAndNoStackTrace()
    {
        WriteRegistrations(password: null);
        Damage(_file.Path, "truncated");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceProcess.StartAsync(_file.Path, new Dictionary<string, string>()));

        Assert.Contains("exit code 1", error.Message);
        Assert.Contains("is damaged", error.Message);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Fact]
    public async Task Service_DamageOnlyTheReadThroughFinds_StartsThenHealthSays503AndTheLogSaysWhatToDo()
    {
        WriteRegistrations(password: null);
        DamagePageOnlyTheReadThroughReads(_file.Path, "Data");

        await using var service = await ServiceProcess.StartAsync(_file.Path, new Dictionary<string, string>());
        var critical = await service.WaitForLineAsync(line => line.Contains("is damaged", StringComparison.Ordinal));
        using var client = service.CreateClient();
        using var health = await client.GetAsync(new Uri("health", UriKind.Relative));
        var report = System.Text.Json.JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;

        Assert.Contains("-- restore BACKUP-FILE", critical);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("damaged", report.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Console_WrongPassword_NamesTheSettingAndShowsNoPassword()
    {
        WriteRegistrations("the-right-password");

        var run = await BotProcess.RunConsoleAsync(_file.Path, "/events\n", "--as", "後藤", "--Storage:Password=a-wrong-password");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Storage:Password does not match", run.Errors);
        Assert.DoesNotContain("a-wrong-password", run.Errors + run.Output);
        Assert.DoesNotContain("the-right-password", run.Errors + run.Output);
    }

    /// <summary>Enough registrations that the file has index and data pages well past the header.</summary>
    internal static void WriteRegistrations(string path, string? password, int count = 2000)
    {
        using var db = new LiteDbContext(path, password);
        db.Registrations.InsertBulk(Enumerable.Range(1, count).Select(i => new Registration
        {
            Id = $"{i % 7}:slack:T1:U{i}", EventId = i % 7, MemberId = $"slack:T1:U{i}", Name = $"参加者 {i}", Affiliation = "山形市 企画課",
        }));
    }

    internal static void Damage(string path, string damage)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var length = file.Length;
        if (damage == "truncated")
        {
            file.SetLength(length / 2);
            return;
        }

        file.Position = damage switch
        {
            "page overwritten near the start" => PageSize,
            "page overwritten in the middle" => length / 2 / PageSize * PageSize,
            _ => length - PageSize,
        };
        var noise = new byte[PageSize];
        new Random(8).NextBytes(noise);
        file.Write(noise);
    }

    private void WriteRegistrations(string? password) => WriteRegistrations(_file.Path, password);

    /// <summary>Waits until the writer has finished a write since now: checks hold writes, so a tight loop of them would starve it.</summary>
    private static async Task WriterMovesOnAsync(Func<int> started)
    {
        var now = started();
        while (started() < now + 2) await Task.Yield();
    }

    /// <summary>
    /// Overwrites a data or index page of registrations halfway through: no page the quick check reads (the first and
    /// last documents and the index ends), so only the full read-through can find it. An index page is found only if
    /// the read-through walks every index, not just the documents.
    /// </summary>
    internal static void DamagePageInTheMiddle(string path, string pageType, string? password = null)
    {
        var typedPages = PagesOf(path, pageType, password);
        Overwrite(path, typedPages[typedPages.Count / 2], password);
    }

    /// <summary>
    /// Like <see cref="DamagePageInTheMiddle"/>, but on a page the quick check does not read. Which index page holds the
    /// first and last entries varies from run to run (LiteDB gives index nodes random heights, so their pages fill
    /// differently), so pages are tried from the middle outwards until the quick open no longer notices.
    /// </summary>
    private static void DamagePageOnlyTheReadThroughReads(string path, string pageType)
    {
        var typedPages = PagesOf(path, pageType, password: null);
        var fromTheMiddle = typedPages.Select((page, i) => (page, distance: Math.Abs(i - typedPages.Count / 2))).OrderBy(p => p.distance).Select(p => p.page);
        foreach (var pageId in fromTheMiddle)
        {
            var original = Overwrite(path, pageId, password: null);
            try
            {
                new LiteDbContext(path, fullCheck: false).Dispose();
                return;
            }
            catch (StorageUnavailableException)
            {
                Overwrite(path, pageId, password: null, original);
            }
        }

        throw new InvalidOperationException($"every {pageType} page is read by the quick check");
    }

    private static List<long> PagesOf(string path, string pageType, string? password)
    {
        var typedPages = new List<long>();
        using (var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = path, Password = password }))
        using (var pages = db.Execute("SELECT $ FROM $dump"))
        {
            while (pages.Read())
            {
                if (pages.Current["pageType"] == pageType && pages.Current["collection"] == "registrations") typedPages.Add(pages.Current["pageID"].AsInt32);
            }
        }

        return [.. typedPages.Order()];
    }

    /// <summary>Writes <paramref name="content"/> (by default fixed noise) over the page; returns what was there.</summary>
    private static byte[] Overwrite(string path, long pageId, string? password, byte[]? content = null)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        // An encrypted file starts with one more page, which holds the salt.
        file.Position = (pageId + (password is null ? 0 : 1)) * PageSize;
        var original = new byte[PageSize];
        file.ReadExactly(original);
        if (content is null)
        {
            content = new byte[PageSize];
            new Random(8).NextBytes(content);
        }

        file.Position -= PageSize;
        file.Write(content);
        return original;
    }
}
