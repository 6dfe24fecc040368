using NetworkBot.Core.Text;

namespace NetworkBot.Core.Events;

/// <summary>The kinds of gathering the network holds.</summary>
public enum EventKind
{
    StudySession,
    MiniStudySession,
    Meetup,
    Symposium,
    Other,
}

public static class EventKinds
{
    private static readonly Dictionary<string, EventKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["勉強会"] = EventKind.StudySession,
        ["study"] = EventKind.StudySession,
        ["studysession"] = EventKind.StudySession,
        ["ミニ勉強会"] = EventKind.MiniStudySession,
        ["mini"] = EventKind.MiniStudySession,
        ["交流会"] = EventKind.Meetup,
        ["meetup"] = EventKind.Meetup,
        ["シンポジウム"] = EventKind.Symposium,
        ["symposium"] = EventKind.Symposium,
        ["その他"] = EventKind.Other,
        ["other"] = EventKind.Other,
    };

    /// <summary>The words members may type for a kind, for messages that list them.</summary>
    public const string Accepted = "勉強会 / ミニ勉強会 / 交流会 / シンポジウム / その他 (study, mini, meetup, symposium, other)";

    public static bool TryParse(string? text, out EventKind kind)
    {
        kind = EventKind.StudySession;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return Names.TryGetValue(WellFormedText.Normalize(text.Trim()).Replace(" ", ""), out kind);
    }
}
