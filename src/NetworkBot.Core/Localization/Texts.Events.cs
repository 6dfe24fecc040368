using NetworkBot.Core.Events;
using NetworkBot.Core.Regions;

namespace NetworkBot.Core.Localization;

public abstract partial class Texts
{
    public abstract string EventIdMissing(string usage);

    public abstract string EventIdInvalid(string text, string usage);

    public abstract string EventNotFound(int id);

    public abstract string InvalidKind(string text);

    public abstract string InvalidDateTime(string key, string text);

    public abstract string StartInPast(string text);

    public abstract string EndNotAfterStart();

    public abstract string DoorsNotBeforeStart();

    public abstract string DeadlineAfterStart();

    public abstract string PartyBeforeStart();

    public abstract string InvalidUrl(string text);

    public abstract string UnknownPrefecture(string text, IReadOnlyList<Prefecture> suggestions);

    public abstract string InvalidReminders(string text);

    public abstract string InvalidCapacity(string key, string text);

    public abstract string InvalidFee(string key, string text);

    public abstract string FieldLabel(string key);

    public abstract string? FieldExample(string key);

    public abstract string EventCreateExample { get; }

    public abstract string EventEditExample { get; }

    public abstract string Kind(EventKind kind);

    public abstract string EventHeading(int id, string title, bool cancelled);

    public abstract string CancelledBanner(string? reason);

    public abstract string LabelWhen { get; }

    public abstract string LabelKind { get; }

    public abstract string LabelVenue { get; }

    public abstract string LabelOnline { get; }

    public abstract string LabelCapacity { get; }

    public abstract string LabelFee { get; }

    public abstract string LabelAfterParty { get; }

    public abstract string LabelDeadline { get; }

    public abstract string LabelPrefecture { get; }

    public abstract string Online { get; }

    public abstract string Capacity(int? capacity, int going, int waitlisted);

    public abstract string AfterParty(DateTime? start, string? venue, int? feeYen, string capacity);

    public abstract string EventFooter(int id);

    public abstract string ListEntry(int id, string title, string kind, string when, string? where, string capacity, bool hasAfterParty);

    public abstract string ButtonDetails { get; }

    public abstract string ButtonJoin { get; }

    public abstract string ButtonJoinWithParty { get; }

    public abstract string ButtonLeave { get; }

    public abstract string ButtonConfirmCancel { get; }

    public abstract string UpcomingEventsHeading(string? filter);

    public abstract string NoUpcomingEvents(string? filter);

    public abstract string MoreEvents(int count);

    public abstract string Period(string word);

    public abstract string UnknownEventsFilter(string word);

    public abstract string EventCreated(int id, string title);

    public abstract string EventUpdated(int id, IReadOnlyList<string> changedKeys, int told);

    public abstract string EventUnchanged(int id);

    public abstract string EventAlreadyCancelled(int id);

    public abstract string ConfirmCancel(int id, string title);

    public abstract string EventCancelled(int id, string title, int told);

    public abstract string EventFormTitle { get; }

    public abstract string EventEditFormTitle(int id);

    public abstract string AttendeesHeading(int id, string title);

    public abstract string GoingHeading(int count, int? capacity);

    public abstract string WaitlistHeading(int count);

    public abstract string PartyHeading(int count, int? capacity);

    public abstract string PartyWaitlistHeading(int count);

    public abstract string NobodyYet { get; }

    public abstract string AttendeeLine(int number, string name, string? affiliation, string? email, PartyStatus party);

    public abstract string EventChangedNotice(string title, string when, string? where);

    public abstract string EventCancelledNotice(string title, string when, string? reason);
}
