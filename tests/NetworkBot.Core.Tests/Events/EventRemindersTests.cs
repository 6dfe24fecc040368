using Moq;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Tests.Events;

public sealed class EventRemindersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);

    private static EventReminders CreateSut(BotSettings? settings = null)
    {
        settings ??= BotSettings.Default;
        return new EventReminders(
            Mock.Of<IEventRepository>(), Mock.Of<IRegistrationRepository>(), Mock.Of<IReminderPreferenceRepository>(), new EventCards(settings), settings);
    }

    private static Event AnEvent(List<TimeSpan>? offsets = null, bool cancelled = false) => new()
    {
        Id = 37, Title = "まちづくり勉強会", Start = Start, CreatedBy = "console:後藤", ReminderOffsets = offsets, IsCancelled = cancelled,
    };

    [Fact]
    public void Plan_DefaultOffsets_WeekDayAndHourBeforeWithKeysNamingThem()
    {
        var plan = CreateSut().Plan(AnEvent(), Now);

        Assert.Equal([Start.AddDays(-7), Start.AddDays(-1), Start.AddHours(-1)], plan.Select(s => s.DueAt));
        Assert.Equal("event:37/reminder:1d@2026-12-09T05:00Z", plan[1].Id);
        Assert.All(plan, s => Assert.Equal(ScheduledSendStatus.Planned, s.Status));
    }

    [Fact]
    public void Plan_OffsetsWithoutTheDayBefore_AddTheDayBeforeForWaitlistAndChannel()
    {
        var plan = CreateSut().Plan(AnEvent([TimeSpan.FromDays(3), TimeSpan.FromHours(2)]), Now);

        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromDays(1), TimeSpan.FromHours(2)], plan.Select(s => s.Offset!.Value));
    }

    [Fact]
    public void Plan_TimeAlreadyPassed_LeavesThoseOut()
    {
        var plan = CreateSut().Plan(AnEvent(), Start.AddDays(-2));

        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromHours(1)], plan.Select(s => s.Offset!.Value));
    }

    [Fact]
    public void Plan_RemindersOffOrEventCancelled_Nothing()
    {
        Assert.Empty(CreateSut().Plan(AnEvent([]), Now));
        Assert.Empty(CreateSut().Plan(AnEvent(cancelled: true), Now));
    }

    [Fact]
    public void Plan_GlobalDefaultChanged_UsesIt()
    {
        var settings = BotSettings.Default with { DefaultReminderOffsets = [TimeSpan.FromDays(2)] };

        var plan = CreateSut(settings).Plan(AnEvent(), Now);

        Assert.Equal([TimeSpan.FromDays(2), TimeSpan.FromDays(1)], plan.Select(s => s.Offset!.Value));
    }
}
