using NetworkBot.Core.Platform;

namespace NetworkBot.Core.Events;

/// <summary>
/// The registrations of one event and the rules over them: first come first served, a waitlist that moves up
/// in arrival order, and the after-party with its own capacity and waitlist. It only computes: the caller
/// saves <see cref="RosterChange.Changed"/> and tells the members in <see cref="RosterChange.Promotions"/>.
/// </summary>
public sealed class EventRoster
{
    private readonly Dictionary<string, Registration> _byMember;

    public EventRoster(Event @event, IEnumerable<Registration> registrations)
    {
        Event = @event;
        _byMember = registrations.ToDictionary(r => r.MemberId);
    }

    public Event Event { get; }

    public IReadOnlyList<Registration> Going => InOrder(RegistrationStatus.Going);

    public IReadOnlyList<Registration> Waitlist => InOrder(RegistrationStatus.Waitlisted);

    public IReadOnlyList<Registration> PartyGoing => PartyInOrder(PartyStatus.Going);

    public IReadOnlyList<Registration> PartyWaitlist => PartyInOrder(PartyStatus.Waitlisted);

    public int? SeatsLeft => Event.Capacity is { } capacity ? Math.Max(0, capacity - Going.Count) : null;

    public int? PartySeatsLeft => Event.AfterParty?.Capacity is { } capacity ? Math.Max(0, capacity - PartyGoing.Count) : null;

    public Registration? Find(string memberId) =>
        _byMember.TryGetValue(memberId, out var registration) && registration.IsActive ? registration : null;

    /// <summary>1-based place on the waitlist, or null when the member is not waiting.</summary>
    public int? WaitlistPosition(string memberId) => Position(Waitlist, memberId);

    public int? PartyWaitlistPosition(string memberId) => Position(PartyWaitlist, memberId);

    /// <summary>
    /// Registers a member, or changes their after-party choice when they are already registered.
    /// <paramref name="wantsParty"/> null leaves the after-party choice as it is.
    /// </summary>
    public JoinOutcome Join(MemberRef member, Language language, RegistrationDetails details, bool? wantsParty, DateTimeOffset now)
    {
        if (Event.ClosedReason(now) is { } closed) return JoinOutcome.Closed(closed);
        if (wantsParty == true && Event.AfterParty is null) return JoinOutcome.NoAfterParty();

        var existing = Find(member.Id);
        var registration = existing ?? NewRegistration(member, language, details, now);
        var alreadyRegistered = existing is not null;
        var changed = new List<Registration>();
        var promotions = new List<Promotion>();

        if (!alreadyRegistered)
        {
            var status = SeatsLeft is 0 ? RegistrationStatus.Waitlisted : RegistrationStatus.Going;
            registration = registration with { Status = status, Sequence = NextSequence() };
        }

        var partyChanged = false;
        if (wantsParty == true && registration.Party == PartyStatus.None)
        {
            var party = PartySeatsLeft is 0 ? PartyStatus.Waitlisted : PartyStatus.Going;
            registration = registration with { Party = party, PartySequence = NextPartySequence() };
            partyChanged = true;
        }
        else if (wantsParty == false && registration.Party != PartyStatus.None)
        {
            var leftSeat = registration.Party == PartyStatus.Going;
            registration = registration with { Party = PartyStatus.None, PartySequence = 0 };
            partyChanged = true;
            Store(registration);
            if (leftSeat) promotions.AddRange(FillPartySeats(changed, now));
        }

        if (!alreadyRegistered || partyChanged)
        {
            registration = registration with { UpdatedAt = now };
            Store(registration);
            changed.Insert(0, registration);
        }

        return new JoinOutcome(
            alreadyRegistered ? JoinResult.AlreadyRegistered : registration.Status == RegistrationStatus.Going ? JoinResult.Going : JoinResult.Waitlisted,
            registration,
            WaitlistPosition(member.Id),
            PartyWaitlistPosition(member.Id),
            partyChanged,
            null,
            new RosterChange(changed, promotions));
    }

    /// <summary>Cancels a member's registration; the first on each waitlist moves up into a freed seat.</summary>
    public LeaveOutcome Leave(string memberId, DateTimeOffset now)
    {
        if (Event.IsCancelled) return new LeaveOutcome(LeaveResult.EventCancelled, null, RosterChange.None);
        if (now >= Event.Start) return new LeaveOutcome(LeaveResult.EventStarted, null, RosterChange.None);
        if (Find(memberId) is not { } registration) return new LeaveOutcome(LeaveResult.NotRegistered, null, RosterChange.None);

        var cancelled = registration with { Status = RegistrationStatus.Cancelled, Party = PartyStatus.None, UpdatedAt = now };
        Store(cancelled);
        var changed = new List<Registration> { cancelled };
        var promotions = Rebalance(changed, now);
        return new LeaveOutcome(LeaveResult.Left, cancelled, new RosterChange(changed, promotions));
    }

    /// <summary>
    /// Brings registrations in line with an edited event: free seats go to the waitlists (the capacity was raised),
    /// and after-party choices are cleared when the event no longer has one.
    /// </summary>
    public RosterChange Reconcile(DateTimeOffset now)
    {
        var changed = new List<Registration>();
        if (Event.AfterParty is null)
        {
            foreach (var registration in _byMember.Values.Where(r => r.Party != PartyStatus.None).ToList())
            {
                var cleared = registration with { Party = PartyStatus.None, PartySequence = 0, UpdatedAt = now };
                Store(cleared);
                changed.Add(cleared);
            }
        }

        var promotions = Rebalance(changed, now);
        return new RosterChange(changed, promotions);
    }

    private List<Promotion> Rebalance(List<Registration> changed, DateTimeOffset now)
    {
        var promotions = new List<Promotion>();
        while (SeatsLeft is null or > 0 && Waitlist.FirstOrDefault() is { } next)
        {
            var promoted = next with { Status = RegistrationStatus.Going, UpdatedAt = now };
            Store(promoted);
            changed.Add(promoted);
            promotions.Add(new Promotion(promoted, ToParty: false));
        }

        promotions.AddRange(FillPartySeats(changed, now));
        return promotions;
    }

    private List<Promotion> FillPartySeats(List<Registration> changed, DateTimeOffset now)
    {
        var promotions = new List<Promotion>();
        while (Event.AfterParty is not null && PartySeatsLeft is null or > 0 && PartyWaitlist.FirstOrDefault() is { } next)
        {
            var promoted = next with { Party = PartyStatus.Going, UpdatedAt = now };
            Store(promoted);
            changed.RemoveAll(r => r.Id == promoted.Id);
            changed.Add(promoted);
            promotions.Add(new Promotion(promoted, ToParty: true));
        }

        return promotions;
    }

    private Registration NewRegistration(MemberRef member, Language language, RegistrationDetails details, DateTimeOffset now)
    {
        // A member who cancelled and comes back keeps their record but joins the end of the line.
        var previous = _byMember.GetValueOrDefault(member.Id);
        return new Registration
        {
            Id = previous?.Id ?? Registration.IdFor(Event.Id, member.Id),
            EventId = Event.Id,
            MemberId = member.Id,
            Name = details.Name,
            Affiliation = details.Affiliation,
            Email = details.Email,
            Language = language,
            RegisteredAt = now,
            UpdatedAt = now,
        };
    }

    private void Store(Registration registration) => _byMember[registration.MemberId] = registration;

    private long NextSequence() => _byMember.Values.Select(r => r.Sequence).DefaultIfEmpty(0).Max() + 1;

    private long NextPartySequence() => _byMember.Values.Select(r => r.PartySequence).DefaultIfEmpty(0).Max() + 1;

    private List<Registration> InOrder(RegistrationStatus status) =>
        _byMember.Values.Where(r => r.Status == status).OrderBy(r => r.Sequence).ToList();

    private List<Registration> PartyInOrder(PartyStatus status) =>
        _byMember.Values.Where(r => r.IsActive && r.Party == status).OrderBy(r => r.PartySequence).ToList();

    private static int? Position(IReadOnlyList<Registration> list, string memberId)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].MemberId == memberId) return i + 1;
        }

        return null;
    }
}
