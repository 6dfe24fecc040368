using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

internal sealed partial class EnglishTexts
{
    public override string Registered(string name, string title, string when, string? where, string? partyLine) =>
        $"Thanks for signing up for \"{title}\", {name}!\n📅 {when}"
        + (where is null ? "" : $"\n📍 {where}")
        + (partyLine is null ? "" : $"\n{partyLine}")
        + "\nIf your plans change, you can cancel any time with the button.";

    public override string Waitlisted(string name, string title, int position, string? partyLine) =>
        $"\"{title}\" is full right now, so {name}, you are number {position} on the waitlist.\nWe will tell you as soon as a seat opens."
        + (partyLine is null ? "" : $"\n{partyLine}");

    public override string AlreadyRegistered(string title, RegistrationStatus status, int? position, string? partyLine) =>
        (status == RegistrationStatus.Waitlisted
            ? $"You are already on the waitlist for \"{title}\" (number {position}). We will tell you when a seat opens."
            : $"You are already signed up for \"{title}\". See you there!")
        + (partyLine is null ? "" : $"\n{partyLine}");

    public override string PartyStatusLine(PartyStatus status, int? position, int? feeYen) => status switch
    {
        PartyStatus.Going => "After-party: yes" + (feeYen is { } fee ? $" (fee {Yen(fee)})" : ""),
        PartyStatus.Waitlisted => $"After-party: waitlist (number {position}). We will tell you when a seat opens.",
        _ => "After-party: no",
    };

    public override string RegistrationClosed(string title, RegistrationClosedReason reason) => reason switch
    {
        RegistrationClosedReason.Cancelled => $"\"{title}\" has been cancelled, so sign-ups and cancellations are closed.",
        RegistrationClosedReason.Started => $"\"{title}\" has already started, so registration is closed.",
        _ => $"The registration deadline for \"{title}\" has passed. Please contact the organizers if you need help.",
    };

    public override string NoAfterParty(string title) => $"\"{title}\" has no after-party (nothing has been changed).";

    public override string Left(string title) =>
        $"Your cancellation for \"{title}\" is done. Thank you for letting us know.\nWe hope to see you at another event.";

    public override string NotRegistered(int id, string title) => $"You are not registered for \"{title}\". To sign up, type /join {id}.";

    public override string Promoted(string name, string title, string when) =>
        $"Good news, {name}! A seat opened up and you are now going to \"{title}\".\n📅 {when}\nIf you cannot make it, please cancel early so the next person can come.";

    public override string PromotedToParty(string name, string title, string afterParty) =>
        $"Good news, {name}! You now have a seat at the after-party of \"{title}\".\nAfter-party: {afterParty}\nIf you cannot make it, please let us know early.";

    public override string JoinFormTitle => "Sign up";

    public override string ButtonJoinWithDetails => "Sign up with details";
}
