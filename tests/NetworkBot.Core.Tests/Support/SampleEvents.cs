using NetworkBot.Core.Events;

namespace NetworkBot.Core.Tests.Support;

/// <summary>Events as organizers create them, adjusted per test with <c>with</c>.</summary>
internal static class SampleEvents
{
    public static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>Saturday 5 December 2026, 14:00 in Japan.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 5, 14, 0, 0, Jst);

    public static Event StudySession(int? capacity = 2, AfterParty? afterParty = null) => new()
    {
        Title = "まちづくり勉強会",
        Kind = EventKind.StudySession,
        Start = Start,
        DoorsOpen = Start.AddMinutes(-20),
        End = Start.AddHours(3),
        Venue = "山形市民会館",
        Capacity = capacity,
        FeeYen = 0,
        AfterParty = afterParty,
        PrefectureCode = "06",
        CreatedBy = "console:後藤",
    };

    public static AfterParty Party(int? capacity = 1) => new()
    {
        Start = Start.AddHours(3).AddMinutes(30),
        Venue = "駅前の居酒屋",
        Capacity = capacity,
        FeeYen = 4000,
    };
}
