using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkBot.Bench.HotPaths;
using NetworkBot.Slack.Http;

namespace NetworkBot.Bench;

/// <summary>
/// <c>/members</c> searches sent to a running service as Slack sends them (signed slash commands), one after another:
/// the directory as members meet it, with the web host, scheduler and everything else of the service in the same
/// process. <c>bench/run.sh</c> starts the service on the 50,000-profile file and reads its memory meanwhile.
/// </summary>
internal static class MembersOverHttpBenchmark
{
    public const string Verb = "members-service";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(BenchArgs.Text(args, "--url") ?? throw new ArgumentException("--url URL of /slack/commands"));
        var secret = File.ReadAllText(BenchArgs.Text(args, "--secret-file") ?? throw new ArgumentException("--secret-file FILE")).Trim();
        var iterations = BenchArgs.Int(args, "--iterations", 1_000);
        using var client = new HttpClient();
        var texts = MembersBenchmark.Queries.Select(q => q.Length > "/members".Length ? q["/members ".Length..] : "").ToArray();

        for (var i = 0; i < 100; i++) await SearchAsync(client, url, secret, texts[i % texts.Length]);
        var all = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SearchAsync(client, url, secret, texts[i % texts.Length]);
            all.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        all.Sort();
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MEMBERS_HTTP runs={all.Count} p50_ms={MembersBenchmark.Percentile(all, 0.50):0.00} p95_ms={MembersBenchmark.Percentile(all, 0.95):0.00} p99_ms={MembersBenchmark.Percentile(all, 0.99):0.00}"));
        return 0;
    }

    private static async Task SearchAsync(HttpClient client, Uri url, string secret, string text)
    {
        var body = "team_id=T1&channel_id=C1&user_id=U1&user_name=bench&command=%2Fmembers&trigger_id=1.2.3"
            + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhooks&text=" + Uri.EscapeDataString(text);
        var timestamp = SignedRequests.Timestamp();
        var signature = SlackSignatureVerifier.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        using var response = await client.SendAsync(request);
        var reply = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !reply.Contains("blocks", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"/members {text}: {(int)response.StatusCode} {reply[..Math.Min(200, reply.Length)]}");
        }
    }
}
