using LiteDB;

namespace NetworkBot.Tests.Permissions;

/// <summary>
/// The stored state a command could change (events, registrations, profiles, preferences, announcements, scheduled
/// sends), as one comparable text. Bookkeeping the platforms keep for themselves (who was greeted, button targets)
/// is left out: a refused command may still greet a newcomer.
/// </summary>
internal static class StorageSnapshot
{
    private static readonly string[] Collections =
        ["events", "registrations", "members", "reminder_preferences", "announcements", "scheduled_sends", "outbox"];

    public static string Of(LiteDatabase database) => string.Join("\n", Collections.Select(name =>
        name + ": " + string.Join(",", database.GetCollection(name).FindAll().OrderBy(d => d["_id"].ToString(), StringComparer.Ordinal).Select(d => JsonSerializer.Serialize(d)))));

}
