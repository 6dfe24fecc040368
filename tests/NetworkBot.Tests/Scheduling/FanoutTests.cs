using Microsoft.Extensions.Time.Testing;
using NetworkBot.Bench.Fanout;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Scheduling;

/// <summary>
/// Reminder fan-out against fake Slack and Discord servers that enforce the documented rate limits, on a fake clock:
/// every member reminded once, DM channels asked for once per member and reused after a restart, 429s rare.
/// (How fast it goes is the benchmark's business: <c>bench/NetworkBot.Bench -- fanout</c>.)
/// </summary>
public sealed class FanoutTests : IAsyncLifetime
{
    private const int PerPlatform = 12;

    // The fake clock moves on in 5 ms steps, one per real millisecond or more, while requests are under way: a request
    // that takes 50 ms to reach a server arrives 250 ms later on the clock, which the servers forgive.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly FakeTimeProvider _clock = new(FanoutBot.ColdDue - TimeSpan.FromHours(1));
    private readonly TempDataFile _file = new();
    private RateLimitedSlack _slack = null!;
    private RateLimitedDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _slack = await RateLimitedSlack.StartAsync(_clock, TimeSpan.Zero, Tolerance);
        _discord = await RateLimitedDiscord.StartAsync(_clock, TimeSpan.Zero, Tolerance);
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _discord.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task TwoReminders_WithARestartBetween_EachMemberOnceEachTime_DmChannelsAskedForOnce_Few429s()
    {
        await using (var setup = await StartBotAsync())
        {
            await setup.SetUpEventAsync(PerPlatform, PerPlatform);
        }

        _clock.SetUtcNow(FanoutBot.ColdDue - TimeSpan.FromMilliseconds(50));
        await using (var cold = await StartBotAsync())
        {
            await cold.WaitUntilDeliveredAsync(FanoutBot.ColdDue, AdvanceAsync, Timeout);
            Assert.Equal(0, cold.NotSent());
        }

        Assert.Equal(PerPlatform, _slack.Tally.MessagesByConversation.Count);
        Assert.All(_slack.Tally.MessagesByConversation.Values, n => Assert.Equal(1, n));
        Assert.Equal(PerPlatform, _discord.Tally.MessagesByConversation.Count);
        Assert.All(_discord.Tally.MessagesByConversation.Values, n => Assert.Equal(1, n));
        AssertEachMemberAskedForOnce();

        // A new process: the DM channels come from the data file, not from the platforms.
        _clock.SetUtcNow(FanoutBot.WarmDue - TimeSpan.FromMilliseconds(50));
        await using (var warm = await StartBotAsync())
        {
            await warm.WaitUntilDeliveredAsync(FanoutBot.WarmDue, AdvanceAsync, Timeout);
            Assert.Equal(0, warm.NotSent());
        }

        Assert.Equal(PerPlatform, _slack.Tally.MessagesByConversation.Count);
        Assert.All(_slack.Tally.MessagesByConversation.Values, n => Assert.Equal(2, n));
        // Members' DMs got both reminders; the event's channel got the day-before post.
        Assert.Equal(PerPlatform + 1, _discord.Tally.MessagesByConversation.Count);
        Assert.Equal(2 * PerPlatform + 1, _discord.Tally.Messages);
        Assert.Equal(1, _discord.Tally.MessagesByConversation[FanoutBot.EventChannel.Split(':')[^1]]);
        AssertEachMemberAskedForOnce();

        Assert.True(_slack.Tally.TooManyRequests <= _slack.Tally.Requests / 20, $"Slack answered 429 {_slack.Tally.TooManyRequests} times to {_slack.Tally.Requests} requests");
        Assert.True(_discord.Tally.TooManyRequests <= _discord.Tally.Requests / 20, $"Discord answered 429 {_discord.Tally.TooManyRequests} times to {_discord.Tally.Requests} requests");
    }

    private void AssertEachMemberAskedForOnce()
    {
        Assert.Equal(PerPlatform, _slack.Tally.DmOpensByUser.Count);
        Assert.All(_slack.Tally.DmOpensByUser.Values, n => Assert.Equal(1, n));
        Assert.Equal(PerPlatform, _discord.Tally.DmOpensByUser.Count);
        Assert.All(_discord.Tally.DmOpensByUser.Values, n => Assert.Equal(1, n));
    }

    private Task<FanoutBot> StartBotAsync() => FanoutBot.StartAsync(_file.Path, _clock, _slack.ApiBaseUrl, _discord.ApiBaseUrl);

    private async Task AdvanceAsync()
    {
        _clock.Advance(Step);
        await Task.Delay(1);
    }
}
