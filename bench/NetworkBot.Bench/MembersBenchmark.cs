using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Hosting;
using NetworkBot.Messaging;
using NetworkBot.Storage;

namespace NetworkBot.Bench;

/// <summary>
/// The directory benchmark: a LiteDB file with generated profiles (written by a child process, so its memory is not
/// counted), then a fresh host on that file, as the service starts: index build time, <c>/members</c> latency through
/// the real dispatcher, and the process's resident memory.
/// </summary>
internal static class MembersBenchmark
{
    public const string SeedVerb = "seed-members";

    /// <summary>What members search for: filters, common and rare keywords, names, readings, English, several words.</summary>
    public static readonly string[] Queries =
    [
        "/members", "/members page:120", "/members 山形", "/members 東京 municipal", "/members 交通", "/members 行政評価",
        "/members データ", "/members dx", "/members サウナ", "/members さうな", "/members まちづくり", "/members 佐藤",
        "/members 佐藤 健太", "/members さとう", "/members policy", "/members civic tech", "/members 交通 データ",
        "/members 宮城 防災", "/members sector:academia open", "/members zzzz", "/members 企画課 page:3", "/members map",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var profiles = BenchArgs.Int(args, "--profiles", 50_000);
        var iterations = BenchArgs.Int(args, "--iterations", 2_000);
        var path = Path.Combine(Path.GetTempPath(), $"networkbot-bench-{profiles}.db");
        if (!File.Exists(path))
        {
            Say($"Writing {profiles:N0} generated profiles to {path} (child process) ...");
            using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [SeedVerb, path, profiles.ToString(CultureInfo.InvariantCulture)]))!;
            await child.WaitForExitAsync();
            if (child.ExitCode != 0) return child.ExitCode;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = path, ["Logging:LogLevel:Default"] = "Warning" });
        builder.Services.AddNetworkBotCore().AddStorage().AddMessaging();
        using var host = builder.Build();

        Say($"before the index: {Memory()}");
        var started = Stopwatch.GetTimestamp();
        var directory = host.Services.GetRequiredService<MemberDirectory>();
        await MemberDirectoryWarmUp.BuildAsync(directory, CancellationToken.None);
        var indexMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (_, total) = await directory.CountByPrefectureAsync(CancellationToken.None);
        Say($"profiles in the directory: {total:N0}; index built in {indexMs:N0} ms");
        Say($"after the index: {Memory()}");

        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
        var context = new CommandContext(new MemberRef("console:bench", "bench"), new ChannelRef("console:general"), Language.Ja, false);
        var commands = Queries.Select(q => dispatcher.CreateFromText(q, context)).ToArray();

        for (var i = 0; i < 200; i++) await dispatcher.DispatchAsync(commands[i % commands.Length], CancellationToken.None);
        var perQuery = commands.Select(_ => new List<double>()).ToArray();
        var all = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var q = i % commands.Length;
            var t = Stopwatch.GetTimestamp();
            await dispatcher.DispatchAsync(commands[q], CancellationToken.None);
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            perQuery[q].Add(ms);
            all.Add(ms);
        }

        Say();
        Say($"{"query",-28} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        for (var q = 0; q < Queries.Length; q++) Print(Queries[q], perQuery[q]);
        Print($"ALL ({all.Count:N0} runs)", all);

        Say();
        Say($"after the searches: {Memory()}");
        using var self = Process.GetCurrentProcess();
        Say($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");
        var p95 = Percentile(all, 0.95);
        var passed = p95 < 20 && self.PeakWorkingSet64 < 200L * 1048576;
        Say(passed ? "target met: p95 < 20 ms and resident memory < 200 MB" : "TARGET MISSED: p95 < 20 ms and resident memory < 200 MB");
        return passed ? 0 : 1;
    }

    /// <summary>Runs in the child process: writes the profiles in one bulk insert.</summary>
    public static int Seed(string path, int count)
    {
        using var db = new LiteDbContext(path);
        var inserted = db.Members.InsertBulk(ProfileGenerator.Generate(count), batchSize: 5_000);
        Say($"wrote {inserted:N0} profiles");
        return 0;
    }

    /// <summary>Resident memory now and at its peak (Linux VmRSS and VmHWM), and the managed heap after a full collection.</summary>
    private static string Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return $"resident {self.WorkingSet64 / 1048576.0:N1} MB (peak {self.PeakWorkingSet64 / 1048576.0:N1} MB), managed heap {GC.GetTotalMemory(true) / 1048576.0:N1} MB";
    }

    private static void Say(string line = "") => System.Console.WriteLine(line);

    private static void Print(string name, List<double> samples) =>
        Say($"{name,-28} {Percentile(samples, 0.50),8:N2} {Percentile(samples, 0.95),8:N2} {Percentile(samples, 0.99),8:N2}");

    internal static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
