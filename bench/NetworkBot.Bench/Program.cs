using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NetworkBot.Bench;
using NetworkBot.Bench.HotPaths;

// dotnet run -c Release --project bench/NetworkBot.Bench -- members [--profiles 50000] [--iterations 2000]
// dotnet run -c Release --project bench/NetworkBot.Bench -- joins [--members 500] [--seats 180]
// dotnet run -c Release --project bench/NetworkBot.Bench -- fanout [--registrants 1000] [--platform discord|slack|both] [--latency-ms 100]
// dotnet run -c Release --project bench/NetworkBot.Bench -- hot-paths [BenchmarkDotNet options, e.g. --job short]
// bench/run.sh uses the rest: seed-events PATH, fake-platforms --urls URL, members-service --url URL --secret-file FILE
return args switch
{
    ["members", .. var rest] => await MembersBenchmark.RunAsync(rest),
    ["fanout", .. var rest] => await FanoutBenchmark.RunAsync(rest),
    [MembersBenchmark.SeedVerb, var path, var count] => MembersBenchmark.Seed(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    [JoinRushBenchmark.Verb, .. var rest] => await JoinRushBenchmark.RunAsync(rest),
    [BenchEvents.SeedVerb, var path] => BenchEvents.Seed(path),
    [MembersOverHttpBenchmark.Verb, .. var rest] => await MembersOverHttpBenchmark.RunAsync(rest),
    [FakePlatformApis.Verb, .. var rest] => await FakePlatformApis.RunAsync(rest),
    ["hot-paths", .. var rest] => HotPaths(rest),
    _ => Usage(),
};

static int HotPaths(string[] rest)
{
    var summaries = BenchmarkSwitcher.FromTypes([typeof(HotPathBenchmarks), typeof(RequestBenchmarks)])
        .Run(rest.Length == 0 ? ["--filter", "*"] : rest, DefaultConfig.Instance.WithOptions(ConfigOptions.DisableLogFile));
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}

static int Usage()
{
    System.Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/NetworkBot.Bench -- members|joins|hot-paths [options]");
    return 2;
}
