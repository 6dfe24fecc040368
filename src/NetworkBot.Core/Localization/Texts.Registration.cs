using NetworkBot.Core.Events;

namespace NetworkBot.Core.Localization;

public abstract partial class Texts
{
    public abstract string Registered(string name, string title, string when, string? where, string? partyLine);

    public abstract string Waitlisted(string name, string title, int position, string? partyLine);

    public abstract string AlreadyRegistered(string title, RegistrationStatus status, int? position, string? partyLine);

    public abstract string PartyStatusLine(PartyStatus status, int? position, int? feeYen);

    public abstract string RegistrationClosed(string title, RegistrationClosedReason reason);

    public abstract string NoAfterParty(string title);

    public abstract string Left(string title);

    public abstract string NotRegistered(int id, string title);

    public abstract string Promoted(string name, string title, string when);

    public abstract string PromotedToParty(string name, string title, string afterParty);

    /// <summary>Title of the sign-up form that asks the registration details (kept short: Slack allows 24 characters).</summary>
    public abstract string JoinFormTitle { get; }

    public abstract string ButtonJoinWithDetails { get; }
}
