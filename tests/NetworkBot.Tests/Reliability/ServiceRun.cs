using NetworkBot.Core.Events;
using NetworkBot.Storage;
using NetworkBot.Tests.Slack.Support;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Reliability;

/// <summary>
/// The pieces the process-level reliability tests share: a data file with an event in it, the real service on that
/// file talking to a fake Slack, and what the file says about an event's roster afterwards.
/// </summary>
internal static class ServiceRun
{
    public const string Password = "reliability-test-password";

    public static IReadOnlyDictionary<string, string> Settings(FakeSlackServer slack) => new Dictionary<string, string>
    {
        ["Slack:SigningSecret"] = SlackHost.SigningSecret,
        ["Slack:BotToken"] = SlackHost.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Storage:Password"] = Password,
    };

    /// <summary>Adds an event a month ahead (the service is stopped) and returns its id.</summary>
    public static async Task<int> AddEventAsync(string dataPath, int capacity)
    {
        using var db = new LiteDbContext(dataPath, Password);
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var added = await new LiteDbEventRepository(db).AddAsync(
            TestEvents.Symposium(capacity) with { Start = start, DoorsOpen = start.AddMinutes(-20), End = start.AddHours(3) }, default);
        return added.Id;
    }

    public static IReadOnlyList<string> Users(int round, int count) => Enumerable.Range(1, count).Select(i => $"U{round}X{i:D4}").ToList();

    /// <summary>The event's registrations as stored, read with the service stopped.</summary>
    public static Roster ReadRoster(string dataPath, int eventId)
    {
        using var db = new LiteDbContext(dataPath, Password);
        var capacity = db.Events.FindById(eventId).Capacity ?? int.MaxValue;
        var registrations = db.Registrations.Find(r => r.EventId == eventId).ToList();
        return new Roster(capacity, registrations);
    }
}

internal sealed record Roster(int Capacity, IReadOnlyList<Registration> Registrations)
{
    public int Going => Registrations.Count(r => r.Status == RegistrationStatus.Going);

    public int Waitlisted => Registrations.Count(r => r.Status == RegistrationStatus.Waitlisted);

    public IReadOnlySet<string> Members => Registrations.Where(r => r.IsActive).Select(r => r.MemberId).ToHashSet();

    /// <summary>Never over capacity, and nobody waits while a seat is free.</summary>
    public bool IsConsistent => Going <= Capacity && (Waitlisted == 0 || Going == Capacity);
}
