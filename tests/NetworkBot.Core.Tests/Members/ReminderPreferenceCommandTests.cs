using Moq;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Fakes;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Members;

public sealed class ReminderPreferenceCommandTests
{
    private readonly InMemoryEventRepository _events = new();
    private readonly InMemoryReminderPreferences _preferences = new();
    private readonly CommandDispatcher _dispatcher;

    public ReminderPreferenceCommandTests()
    {
        _dispatcher = new CommandDispatcher([new RemindCommand(_events, _preferences), new ProfileRemindersCommand(_preferences)]);
    }

    [Fact]
    public async Task Remind_OffThenOn_MutesAndUnmutesOnlyThatEvent()
    {
        await AddEventAsync();
        await AddEventAsync();

        await RunAsync("/remind 1 off");
        await RunAsync("/remind 2 off");
        Assert.Equal([1, 2], _preferences.Stored["console:青木"].MutedEventIds);

        var reply = await RunAsync("/remind 1 on");
        Assert.Contains("リマインドを再開しました", reply);
        Assert.Equal([2], _preferences.Stored["console:青木"].MutedEventIds);
        Assert.False(_preferences.Stored["console:青木"].Wants(2));
        Assert.True(_preferences.Stored["console:青木"].Wants(1));
    }

    [Theory]
    [InlineData("/remind 1", "on か off を指定してください。例: `/remind 3 off`")]
    [InlineData("/remind 1 maybe", "「maybe」は on か off")]
    [InlineData("/remind 7 off", "番号 7 のイベントは見つかりませんでした")]
    [InlineData("/profile reminders sometimes", "「sometimes」は on か off")]
    public async Task Remind_BadInput_ExplainsAndChangesNothing(string line, string expected)
    {
        await AddEventAsync();

        Assert.Contains(expected, await RunAsync(line));
        Assert.Empty(_preferences.Stored);
    }

    [Fact]
    public async Task ProfileReminders_OffThenOn_KeepsSingleEventChoices()
    {
        await AddEventAsync();
        await RunAsync("/remind 1 off");

        Assert.Contains("すべてのイベントのリマインドを止めました", await RunAsync("/profile reminders off"));
        Assert.True(_preferences.Stored["console:青木"].AllOff);
        Assert.Contains("いまはすべてのイベントのリマインドを止めています", await RunAsync("/profile reminders"));
        Assert.Contains("個別に止めている1件のイベントは止めたままです", await RunAsync("/profile reminders on"));
        Assert.False(_preferences.Stored["console:青木"].AllOff);
        Assert.Equal([1], _preferences.Stored["console:青木"].MutedEventIds);
    }

    [Fact]
    public async Task EventCreateEditCancel_TellTheScheduleEachTime()
    {
        var schedule = new Mock<IEventScheduleListener>();
        var settings = BotSettings.Default;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var registrations = new InMemoryRegistrationRepository();
        var cards = new EventCards(settings);
        var notifier = new RegistrantNotifier(registrations, Mock.Of<IChatSender>(), cards);
        var service = new RegistrationService(_events, registrations, new EventLocks(), notifier, time);
        var reader = new EventFieldsReader(settings);
        var forms = new EventForms(settings);
        var dispatcher = new CommandDispatcher(
        [
            new EventCreateCommand(_events, reader, forms, cards, time, schedule.Object),
            new EventEditCommand(_events, service, reader, forms, notifier, cards, time, schedule.Object),
            new EventCancelCommand(_events, service, notifier, time, schedule.Object),
        ]);
        var context = new CommandContext(new MemberRef("console:後藤", "後藤"), new ChannelRef("console:general"), Language.Ja, true);

        await dispatcher.DispatchAsync(dispatcher.CreateFromText("/event create title:\"勉強会\" start:\"2026-12-05 14:00\"", context), CancellationToken.None);
        await dispatcher.DispatchAsync(dispatcher.CreateFromText("/event edit 1 start:\"2026-12-12 14:00\"", context), CancellationToken.None);
        await dispatcher.DispatchAsync(dispatcher.CreateFromText("/event cancel 1 confirm:yes", context), CancellationToken.None);

        schedule.Verify(s => s.EventChangedAsync(It.Is<Event>(e => e.Id == 1 && !e.IsCancelled), It.IsAny<CancellationToken>()), Times.Exactly(2));
        schedule.Verify(s => s.EventChangedAsync(It.Is<Event>(e => e.Id == 1 && e.IsCancelled), It.IsAny<CancellationToken>()), Times.Once);
    }

    private Task<Event> AddEventAsync() =>
        _events.AddAsync(new Event { Title = "まちづくり勉強会", Start = new DateTimeOffset(2026, 12, 5, 5, 0, 0, TimeSpan.Zero), CreatedBy = "console:後藤" }, CancellationToken.None);

    private async Task<string> RunAsync(string line)
    {
        var context = new CommandContext(new MemberRef("console:青木", "青木"), new ChannelRef("console:general"), Language.Ja, false);
        var reply = await _dispatcher.DispatchAsync(_dispatcher.CreateFromText(line, context), CancellationToken.None);
        return string.Join("\n", reply.Blocks.OfType<TextBlock>().Select(b => b.Markdown));
    }
}
