using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

/// <summary>What visitors read on the public page, calendar and feed, and the links to them in chat.</summary>
public abstract partial class Texts
{
    /// <summary>The name of the calendar and the feed, as a calendar app or feed reader lists it.</summary>
    public abstract string ScheduleName { get; }

    public abstract string WebIntro { get; }

    /// <summary>How to register from chat, with the commands in backticks.</summary>
    public abstract string WebHowToJoin(int id, bool hasAfterParty);

    public abstract string WebJoinShort(int id);

    public abstract string WebEventEnded { get; }

    public abstract string WebAddToCalendar { get; }

    public abstract string WebSubscribeHeading { get; }

    public abstract string WebSubscribeHelp { get; }

    public abstract string WebFeedLink { get; }

    public abstract string WebTimeZoneNote { get; }

    public abstract string WebBackToList { get; }

    public abstract string WebEventNotFoundTitle { get; }

    public abstract string WebEventNotFound { get; }

    /// <summary>The name of the other language, in that language, for the switch link.</summary>
    public abstract string WebOtherLanguageName { get; }

    public abstract string WebLinkInvalidTitle { get; }

    public abstract string WebLinkInvalid(int? eventId);

    /// <summary>An event's feed entry title; a cancelled one is marked so in the title, where readers see it first.</summary>
    public abstract string FeedEventTitle(string title, DateTime start, bool cancelled);

    /// <summary>A capacity without live counts, for the feed, where counts would go stale.</summary>
    public abstract string SeatLimit(int? capacity);

    /// <summary>The links under <c>/event show</c>: the event's page, its .ics, and the whole calendar (markdown).</summary>
    public abstract string EventWebLinks(string page, string eventCalendar, string calendar);

    public abstract string AttendeesCsvLink(string url, TimeSpan validFor);

    public abstract IReadOnlyList<string> CsvHeaders { get; }

    public abstract string CsvStatus(RegistrationStatus status, int? waitlistPosition);

    public abstract string CsvParty(PartyStatus status, int? waitlistPosition, bool hasAfterParty);
}
