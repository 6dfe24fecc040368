using NetworkBot.Bench;

// dotnet run -c Release --project bench/NetworkBot.Bench -- members [--profiles 50000] [--iterations 2000]
return args switch
{
    ["members", .. var rest] => await MembersBenchmark.RunAsync(rest),
    ["fanout", .. var rest] => await FanoutBenchmark.RunAsync(rest),
    [MembersBenchmark.SeedVerb, var path, var count] => MembersBenchmark.Seed(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/NetworkBot.Bench -- members [--profiles 50000] [--iterations 2000]");
    return 2;
}
