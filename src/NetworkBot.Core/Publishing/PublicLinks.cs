using System.Globalization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Publishing;

/// <summary>
/// The public addresses of the network's page, calendar and feed under <see cref="BotSettings.PublicBaseUrl"/>.
/// The paths are fixed contracts; chat replies and the web pages both build links here so they never disagree.
/// </summary>
public sealed class PublicLinks(BotSettings settings)
{
    public string Home(Language? language = null) => Absolute("/", language);

    public string EventPage(int id, Language? language = null) => Absolute(EventPagePath(id), language);

    public string EventCalendar(int id, Language? language = null) => Absolute(EventCalendarPath(id), language);

    public string Calendar(Language? language = null) => Absolute(CalendarPath, language);

    public string Feed(Language? language = null) => Absolute(FeedPath, language);

    /// <summary>The host part of the base address, used to make calendar UIDs unique to this network.</summary>
    public string Host => new Uri(settings.PublicBaseUrl).Host;

    public const string CalendarPath = "/calendar.ics";

    public const string FeedPath = "/feed.atom";

    public static string EventPagePath(int id) => "/events/" + id.ToString(CultureInfo.InvariantCulture);

    public static string EventCalendarPath(int id) => EventPagePath(id) + ".ics";

    public static string AttendeesCsvPath(int id) => EventPagePath(id) + "/attendees.csv";

    /// <summary>Japanese is the pages' default, so only English is spelled out in the link.</summary>
    public static string WithLanguage(string path, Language? language) => language == Language.En ? path + "?lang=en" : path;

    private string Absolute(string path, Language? language) => settings.PublicBaseUrl.TrimEnd('/') + WithLanguage(path, language);
}
