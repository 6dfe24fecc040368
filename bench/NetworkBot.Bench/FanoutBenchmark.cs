using System.Globalization;
using NetworkBot.Bench.Fanout;

namespace NetworkBot.Bench;

/// <summary>
/// Reminder fan-out in real time: N members on Slack and N on Discord, reminded two days before (their DM channels
/// not known yet) and, after a restart, one day before (DM channels read back from the data file), against fake
/// platforms that enforce the documented rate limits and answer after a set latency. Prints, per run and platform,
/// how long the fan-out took from the due time to the last message, the least time the limits allow, 429s,
/// duplicates and DM channels asked for.
/// </summary>
internal static class FanoutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var registrants = Option(args, "--registrants", 1000);
        var latency = TimeSpan.FromMilliseconds(Option(args, "--latency-ms", 100));
        // "--platform discord" leaves Slack out: its fan-out takes minutes (one message per second per channel).
        var platform = BenchArgs.Text(args, "--platform") ?? "both";
        if (platform is not ("both" or "slack" or "discord"))
        {
            System.Console.Error.WriteLine("--platform takes slack, discord or both.");
            return 2;
        }

        var slackMembers = platform == "discord" ? 0 : registrants;
        var discordMembers = platform == "slack" ? 0 : registrants;
        var folder = Path.Combine(Path.GetTempPath(), "networkbot-fanout", Guid.NewGuid().ToString("N"));
        var dbPath = Path.Combine(folder, "bot.db");
        System.Console.WriteLine($"Fan-out: {slackMembers} members on Slack and {discordMembers} on Discord; fake platforms answer after {latency.TotalMilliseconds:0} ms.");
        System.Console.WriteLine($"Limits: Slack chat.postMessage 1/s per channel and {RateLimitedSlack.WorkspacePerSecond}/s per workspace, conversations.open {RateLimitedSlack.ConversationsOpenPerMinute}/min; "
            + $"Discord {RateLimitedDiscord.GlobalPerSecond}/s global, messages {RateLimitedDiscord.MessagesPerChannel} per {RateLimitedDiscord.MessagesWindow.TotalSeconds:0} s per channel.");
        try
        {
            await SetUpAsync(dbPath, slackMembers, discordMembers, latency);
            System.Console.WriteLine();
            System.Console.WriteLine("| Run | Platform | Messages | Calls through | First message | Elapsed | Limits allow | Ratio | 429s | Duplicates | DM channels asked for |");
            System.Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            var cold = await RunReminderAsync("first reminder (DMs new)", dbPath, FanoutBot.ColdDue, latency);
            var warm = await RunReminderAsync("after a restart (DMs kept)", dbPath, FanoutBot.WarmDue, latency);
            return cold && warm ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SetUpAsync(string dbPath, int slackMembers, int discordMembers, TimeSpan latency)
    {
        var clock = new ShiftedClock(FanoutBot.ColdDue - TimeSpan.FromHours(1));
        await using var slack = await RateLimitedSlack.StartAsync(clock, latency, TimeSpan.Zero);
        await using var discord = await RateLimitedDiscord.StartAsync(clock, latency, TimeSpan.Zero);
        await using var bot = await FanoutBot.StartAsync(dbPath, clock, slack.ApiBaseUrl, discord.ApiBaseUrl);
        await bot.SetUpEventAsync(slackMembers, discordMembers);
    }

    /// <summary>Starts the bot a moment before <paramref name="due"/> and waits until the reminder is out; prints two rows.</summary>
    private static async Task<bool> RunReminderAsync(string run, string dbPath, DateTimeOffset due, TimeSpan latency)
    {
        var clock = new ShiftedClock(due - TimeSpan.FromSeconds(3));
        // Real servers forgive a little skew too; 20 ms covers timer and scheduling jitter on a loaded machine.
        var tolerance = TimeSpan.FromMilliseconds(20);
        await using var slack = await RateLimitedSlack.StartAsync(clock, latency, tolerance);
        await using var discord = await RateLimitedDiscord.StartAsync(clock, latency, tolerance);
        int notSent;
        await using (var bot = await FanoutBot.StartAsync(dbPath, clock, slack.ApiBaseUrl, discord.ApiBaseUrl))
        {
            await bot.WaitUntilDeliveredAsync(due, () => Task.Delay(20), TimeSpan.FromHours(1));
            notSent = bot.NotSent();
        }

        // The least time counts the calls that went through; a refused call takes no place under the limits.
        var slackRequests = slack.Tally.Requests - slack.Tally.TooManyRequests;
        var slackOk = slack.Tally.Requests == 0 || Row(run, "Slack", slack.Tally, slackRequests, RateLimitedSlack.Minimum(slackRequests), due);
        // The start registers the slash commands once; that call is not part of the fan-out.
        var discordRequests = discord.Tally.DmOpens + discord.Tally.Messages;
        var discordOk = discordRequests == 0 || Row(run, "Discord", discord.Tally, discordRequests, RateLimitedDiscord.Minimum(discordRequests), due);
        if (notSent > 0) System.Console.WriteLine($"{notSent} deliveries failed or were skipped.");
        return slackOk && discordOk && notSent == 0;
    }

    private static bool Row(string run, string platform, FanoutTally tally, int requests, TimeSpan minimum, DateTimeOffset due)
    {
        var elapsed = tally.LastMessageAt - due;
        var ratio = minimum > TimeSpan.Zero ? (elapsed / minimum).ToString("0.00", CultureInfo.InvariantCulture) : "-";
        // Each conversation gets one message per reminder; a fresh fake counts each run.
        var duplicates = tally.Duplicates(expectedEach: 1);
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {platform} | {tally.Messages} | {requests} | {(tally.FirstMessageAt - due).TotalSeconds:0.00} s | {elapsed.TotalSeconds:0.0} s | {minimum.TotalSeconds:0.0} s | {ratio} | {tally.TooManyRequests} | {duplicates} | {tally.DmOpens} |"));
        return duplicates == 0;
    }

    private static int Option(string[] args, string name, int fallback) =>
        int.TryParse(BenchArgs.Text(args, name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Real time, shifted so that it starts at a chosen instant: Quartz, the pacing and the fakes all follow it.</summary>
    private sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan _offset = start - System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
    }
}
