using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Storage;

namespace NetworkBot.Bench;

/// <summary>
/// The events the load run lists, like the peers' in-memory store: seven events, two already over, so <c>/events</c>
/// answers with five, each with a few dozen registrations (the seat counts are part of every answer).
/// </summary>
internal static class BenchEvents
{
    public const string SeedVerb = "seed-events";

    private static readonly (string Title, EventKind Kind, string Venue, double StartDays, int Capacity, int Registered)[] Plan =
    [
        ("第11回 まちづくり勉強会", EventKind.StudySession, "山形市民会館", -2, 30, 28),
        ("第12回 まちづくり勉強会", EventKind.StudySession, "山形市民会館 大会議室", 1.05, 30, 24),
        ("オープンデータ交流会", EventKind.Meetup, "仙台市 市民活動サポートセンター", 2, 40, 31),
        ("自治体DX 事例共有会", EventKind.StudySession, "オンライン（Zoom）", 3.02, 100, 57),
        ("自治体DXシンポジウム 2026", EventKind.Symposium, "東京国際フォーラム ホールB7", 5, 180, 180),
        ("防災アイデアソン", EventKind.Meetup, "神戸市役所 1号館", 8, 50, 12),
        ("キックオフ交流会", EventKind.Meetup, "山形駅前 会議室", -9, 20, 20),
    ];

    /// <summary>Writes the plan's events and registrations into the data file at <paramref name="path"/>, relative to now.</summary>
    public static int Seed(string path)
    {
        var now = DateTimeOffset.UtcNow;
        using var db = new LiteDbContext(path);
        foreach (var (title, kind, venue, startDays, capacity, registered) in Plan)
        {
            var start = now.AddDays(startDays);
            var id = db.Events.Insert(new Event
            {
                Title = title,
                Kind = kind,
                Start = start,
                End = start.AddHours(3),
                Venue = venue,
                Capacity = capacity,
                FeeYen = 0,
                AfterParty = new AfterParty { Capacity = 20, FeeYen = 4000 },
                CreatedBy = "console:運営",
                CreatedAt = now.AddDays(-30),
                UpdatedAt = now.AddDays(-30),
            }).AsInt32;
            db.Registrations.InsertBulk(Enumerable.Range(1, registered).Select(i => Registration(id, i, now)));
        }

        System.Console.WriteLine($"wrote {Plan.Length} events ({Plan.Count(p => p.StartDays > 0)} upcoming) to {path}");
        return 0;
    }

    private static Registration Registration(int eventId, int i, DateTimeOffset now)
    {
        var memberId = $"console:member{i:000}";
        return new Registration
        {
            Id = Core.Events.Registration.IdFor(eventId, memberId),
            EventId = eventId,
            MemberId = memberId,
            Name = $"参加者{i}",
            Language = Language.Ja,
            Status = RegistrationStatus.Going,
            Party = i % 3 == 0 ? PartyStatus.Going : PartyStatus.None,
            Sequence = i,
            PartySequence = i % 3 == 0 ? i : 0,
            RegisteredAt = now.AddDays(-20).AddMinutes(i),
            UpdatedAt = now.AddDays(-20).AddMinutes(i),
        };
    }
}
