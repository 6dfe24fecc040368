using NetworkBot.Bench;

// dotnet run -c Release --project bench/NetworkBot.Bench -- members [--profiles 50000] [--iterations 2000]
return args switch
{
    ["members", .. var rest] => await MembersBenchmark.RunAsync(rest),
    [MembersBenchmark.SeedVerb, var path, var count] => MembersBenchmark.Seed(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["index-memory"] => IndexMemory(),
    ["search-min"] => await SearchMin(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/NetworkBot.Bench -- members [--profiles 50000] [--iterations 2000]");
    return 2;
}

static int IndexMemory()
{
    var before = GC.GetTotalMemory(true);
    var entries = ProfileGenerator.Generate(50_000).Select(NetworkBot.Core.Members.DirectoryEntry.From).ToArray();
    var after = GC.GetTotalMemory(true);
    System.Console.WriteLine($"{entries.Length} entries: {(after - before) / 1048576.0:N1} MB, avg search text {entries.Average(e => e.DisplayName.Length)}");
    return 0;
}

static async Task<int> SearchMin()
{
    var repo = new ListRepository(ProfileGenerator.Generate(50_000).ToList());
    var directory = new NetworkBot.Core.Members.MemberDirectory(repo);
    await directory.WarmUpAsync(CancellationToken.None);
    foreach (var q in new[] { "", "交通", "佐藤", "zzzz", "交通 データ", "civic tech" })
    {
        var query = new NetworkBot.Core.Members.DirectoryQuery(null, null, q.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var best = double.MaxValue;
        var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 30; i++)
        {
            var t = System.Diagnostics.Stopwatch.GetTimestamp();
            await directory.SearchAsync(query, CancellationToken.None);
            best = Math.Min(best, System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / 30;
        System.Console.WriteLine($"{q,-12} min {best:N2} ms, cpu {cpu:N2} ms");
    }
    var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
    var (counts, total) = await directory.CountByPrefectureAsync(CancellationToken.None);
    System.Console.WriteLine($"map counts {System.Diagnostics.Stopwatch.GetElapsedTime(t2).TotalMilliseconds:N2} ms");
    return 0;
}

sealed class ListRepository(List<NetworkBot.Core.Members.MemberProfile> profiles) : NetworkBot.Core.Members.IMemberRepository
{
    public Task<NetworkBot.Core.Members.MemberProfile?> GetAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(profiles.FirstOrDefault(p => p.MemberId == memberId));
    public Task ForEachAsync(Action<NetworkBot.Core.Members.MemberProfile> visit, CancellationToken cancellationToken) { profiles.ForEach(visit); return Task.CompletedTask; }
    public Task SaveAsync(NetworkBot.Core.Members.MemberProfile profile, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken) => Task.FromResult(false);
    public Task<bool> MarkSeenAsync(string memberId, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(false);
}
