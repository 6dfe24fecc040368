namespace NetworkBot.Slack.Inbound;

/// <summary>
/// Slack waits three seconds for an answer. Work that finishes well within that answers directly; longer work is
/// acknowledged and its result follows through <c>response_url</c> or the Web API.
/// </summary>
public static class AckBudget
{
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(2500);

    public static async Task<bool> FinishesWithinAsync(Task work, TimeProvider time)
    {
        if (work.IsCompleted) return true;
        using var stop = new CancellationTokenSource();
        var deadline = Task.Delay(Limit, time, stop.Token);
        var first = await Task.WhenAny(work, deadline);
        await stop.CancelAsync();
        return first == work;
    }
}
