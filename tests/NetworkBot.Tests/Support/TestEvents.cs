using NetworkBot.Core.Events;

namespace NetworkBot.Tests.Support;

internal static class TestEvents
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    public static Event Symposium(int? capacity = 180, int? partyCapacity = 60) => new()
    {
        Title = "自治体DXシンポジウム",
        Kind = EventKind.Symposium,
        Start = new DateTimeOffset(2026, 12, 5, 5, 0, 0, TimeSpan.Zero),
        End = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero),
        DoorsOpen = new DateTimeOffset(2026, 12, 5, 4, 40, 0, TimeSpan.Zero),
        Venue = "山形市民会館 大ホール",
        Capacity = capacity,
        FeeYen = 0,
        AfterParty = partyCapacity is null ? null : new AfterParty { Capacity = partyCapacity, FeeYen = 5000, Venue = "駅前の居酒屋" },
        ReminderOffsets = [TimeSpan.FromDays(3), TimeSpan.FromHours(1)],
        CreatedBy = "console:運営",
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
