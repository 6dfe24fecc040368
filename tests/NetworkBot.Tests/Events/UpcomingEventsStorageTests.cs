using Microsoft.Extensions.Time.Testing;
using NetworkBot.Tests.Scheduling;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Events;

/// <summary>The kept list of upcoming events as the service wires it, on the data file: writes show at once.</summary>
public sealed class UpcomingEventsStorageTests : IAsyncDisposable
{
    private readonly TempDataFile _file = new();
    private TestBot? _bot;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null) await _bot.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task Events_AfterJoinEditAndCancel_ShowsWhatWasJustStored()
    {
        _bot = await TestBot.StartAsync(_file.Path, new FakeTimeProvider(TestEvents.Now));
        await _bot.RunAsync("/event create title:まちづくり勉強会 start:\"2026-12-05 14:00\" venue:山形市民会館 capacity:2");
        Assert.Contains("定員 2名（残り2席）", await _bot.RunAsync("/events", member: "佐藤", organizer: false));

        await _bot.RunAsync("/join 1", member: "佐藤", organizer: false);
        Assert.Contains("定員 2名（残り1席）", await _bot.RunAsync("/events", member: "鈴木", organizer: false));

        await _bot.RunAsync("/event edit 1 capacity:1");
        Assert.Contains("定員 1名・満席（補欠 0名）", await _bot.RunAsync("/events", member: "鈴木", organizer: false));

        await _bot.RunAsync("/event cancel 1 confirm:yes");
        Assert.DoesNotContain("まちづくり勉強会", await _bot.RunAsync("/events", member: "鈴木", organizer: false));
    }
}
