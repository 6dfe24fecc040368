using NetworkBot.Core.Events;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Tests.Support;

namespace NetworkBot.Core.Tests.Events;

public class EventRosterTests
{
    private static readonly DateTimeOffset Now = TestBot.Now;
    private static readonly MemberRef A = TestBot.Member("青木");
    private static readonly MemberRef B = TestBot.Member("伊藤");
    private static readonly MemberRef C = TestBot.Member("上田");
    private static readonly MemberRef D = TestBot.Member("江口");

    [Fact]
    public void Join_EventFull_WaitlistsInArrivalOrder()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1));

        Join(roster, A);
        var second = Join(roster, B);
        var third = Join(roster, C);

        Assert.Equal(JoinResult.Waitlisted, second.Result);
        Assert.Equal(1, second.WaitlistPosition);
        Assert.Equal(2, third.WaitlistPosition);
        Assert.Equal([B.Id, C.Id], roster.Waitlist.Select(r => r.MemberId));
        Assert.Equal(0, roster.SeatsLeft);
    }

    [Fact]
    public void Join_UnlimitedCapacity_NeverWaitlists()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: null));

        foreach (var member in new[] { A, B, C, D }) Join(roster, member);

        Assert.Equal(4, roster.Going.Count);
        Assert.Empty(roster.Waitlist);
        Assert.Null(roster.SeatsLeft);
    }

    [Fact]
    public void Join_Twice_SaysAlreadyRegisteredAndChangesNothing()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 5));
        var first = Join(roster, A);

        var again = Join(roster, A);

        Assert.Equal(JoinResult.AlreadyRegistered, again.Result);
        Assert.Empty(again.Change.Changed);
        Assert.False(again.PartyChanged);
        Assert.Equal(first.Registration!.Sequence, again.Registration!.Sequence);
        Assert.Single(roster.Going);
    }

    [Fact]
    public void Join_TwiceWhileWaitlisted_KeepsPlaceInLine()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1));
        Join(roster, A);
        Join(roster, B);
        Join(roster, C);

        var again = Join(roster, B);

        Assert.Equal(JoinResult.AlreadyRegistered, again.Result);
        Assert.Equal(RegistrationStatus.Waitlisted, again.Registration!.Status);
        Assert.Equal(1, again.WaitlistPosition);
        Assert.Equal([B.Id, C.Id], roster.Waitlist.Select(r => r.MemberId));
    }

    [Fact]
    public void Leave_GoingMember_PromotesFirstOnWaitlist()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1));
        Join(roster, A);
        Join(roster, B);
        Join(roster, C);

        var outcome = roster.Leave(A.Id, Now);

        Assert.Equal(LeaveResult.Left, outcome.Result);
        var promotion = Assert.Single(outcome.Change.Promotions);
        Assert.Equal(B.Id, promotion.Registration.MemberId);
        Assert.False(promotion.ToParty);
        Assert.Equal([B.Id], roster.Going.Select(r => r.MemberId));
        Assert.Equal(1, roster.WaitlistPosition(C.Id));
        Assert.Contains(outcome.Change.Changed, r => r.MemberId == A.Id && r.Status == RegistrationStatus.Cancelled);
        Assert.Contains(outcome.Change.Changed, r => r.MemberId == B.Id && r.Status == RegistrationStatus.Going);
    }

    [Fact]
    public void Leave_WaitlistedMember_PromotesNobodyAndOthersMoveUpInLine()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1));
        Join(roster, A);
        Join(roster, B);
        Join(roster, C);

        var outcome = roster.Leave(B.Id, Now);

        Assert.Empty(outcome.Change.Promotions);
        Assert.Equal([A.Id], roster.Going.Select(r => r.MemberId));
        Assert.Equal(1, roster.WaitlistPosition(C.Id));
    }

    [Fact]
    public void Join_AfterLeaving_JoinsTheEndOfTheLine()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1));
        Join(roster, A);
        Join(roster, B);
        roster.Leave(A.Id, Now);
        Join(roster, C);

        var back = Join(roster, A);

        Assert.Equal(JoinResult.Waitlisted, back.Result);
        Assert.Equal(2, back.WaitlistPosition);
        Assert.Equal(Registration.IdFor(roster.Event.Id, A.Id), back.Registration!.Id);
    }

    [Theory]
    [InlineData(false, -1, RegistrationClosedReason.DeadlinePassed)]
    [InlineData(false, 0, RegistrationClosedReason.Started)]
    [InlineData(true, -48, RegistrationClosedReason.Cancelled)]
    public void Join_ClosedEvent_IsRefusedWithReason(bool cancelled, int hoursBeforeStart, RegistrationClosedReason expected)
    {
        var e = SampleEvents.StudySession() with { IsCancelled = cancelled, Deadline = SampleEvents.Start.AddDays(-1) };
        var roster = Roster(e);

        var outcome = roster.Join(A, Language.Ja, Details(A), null, SampleEvents.Start.AddHours(hoursBeforeStart));

        Assert.Equal(JoinResult.Closed, outcome.Result);
        Assert.Equal(expected, outcome.ClosedReason);
        Assert.Empty(outcome.Change.Changed);
        Assert.Empty(roster.Going);
    }

    [Fact]
    public void Join_ExactlyAtDeadline_IsStillOpen()
    {
        var deadline = SampleEvents.Start.AddDays(-2);
        var roster = Roster(SampleEvents.StudySession() with { Deadline = deadline });

        var outcome = roster.Join(A, Language.Ja, Details(A), null, deadline);

        Assert.Equal(JoinResult.Going, outcome.Result);
    }

    [Fact]
    public void Join_AfterPartyFull_WaitlistsForPartyOnly()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 10, afterParty: SampleEvents.Party(capacity: 1)));
        Join(roster, A, party: true);

        var outcome = Join(roster, B, party: true);

        Assert.Equal(JoinResult.Going, outcome.Result);
        Assert.Equal(PartyStatus.Waitlisted, outcome.Registration!.Party);
        Assert.Equal(1, outcome.PartyWaitlistPosition);
        Assert.Equal([A.Id], roster.PartyGoing.Select(r => r.MemberId));
        Assert.Equal(0, roster.PartySeatsLeft);
    }

    [Fact]
    public void Join_AlreadyRegisteredThenPartyYes_AddsAfterPartyOnly()
    {
        var roster = Roster(SampleEvents.StudySession(afterParty: SampleEvents.Party(capacity: 5)));
        var first = Join(roster, A);

        var outcome = Join(roster, A, party: true);

        Assert.Equal(JoinResult.AlreadyRegistered, outcome.Result);
        Assert.True(outcome.PartyChanged);
        Assert.Equal(PartyStatus.Going, outcome.Registration!.Party);
        Assert.Equal(first.Registration!.Sequence, outcome.Registration.Sequence);
    }

    [Fact]
    public void Join_PartyNo_ReleasesSeatAndPromotesNextPartyWaiter()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 10, afterParty: SampleEvents.Party(capacity: 1)));
        Join(roster, A, party: true);
        Join(roster, B, party: true);
        Join(roster, C, party: true);

        var outcome = Join(roster, A, party: false);

        Assert.True(outcome.PartyChanged);
        Assert.Equal(PartyStatus.None, outcome.Registration!.Party);
        Assert.Equal(RegistrationStatus.Going, outcome.Registration.Status);
        var promotion = Assert.Single(outcome.Change.Promotions);
        Assert.True(promotion.ToParty);
        Assert.Equal(B.Id, promotion.Registration.MemberId);
        Assert.Equal([B.Id], roster.PartyGoing.Select(r => r.MemberId));
        Assert.Equal([C.Id], roster.PartyWaitlist.Select(r => r.MemberId));
        Assert.Equal(2, outcome.Change.Changed.Count);
    }

    [Fact]
    public void Leave_PartyGoer_FreesBothSeatsAndPromotesBothWaitlists()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1, afterParty: SampleEvents.Party(capacity: 1)));
        Join(roster, A, party: true);
        Join(roster, B);
        Join(roster, C, party: true);

        var outcome = roster.Leave(A.Id, Now);

        Assert.Equal(2, outcome.Change.Promotions.Count);
        Assert.Contains(outcome.Change.Promotions, p => !p.ToParty && p.Registration.MemberId == B.Id);
        Assert.Contains(outcome.Change.Promotions, p => p.ToParty && p.Registration.MemberId == C.Id);
        Assert.Equal([C.Id], roster.PartyGoing.Select(r => r.MemberId));
        Assert.DoesNotContain(roster.PartyGoing, r => r.MemberId == A.Id);
    }

    [Fact]
    public void Reconcile_CapacityRaised_PromotesInArrivalOrder()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 1));
        foreach (var member in new[] { A, B, C, D }) Join(roster, member);
        var raised = new EventRoster(roster.Event with { Capacity = 3 }, roster.Going.Concat(roster.Waitlist));

        var change = raised.Reconcile(Now);

        Assert.Equal([B.Id, C.Id], change.Promotions.Select(p => p.Registration.MemberId));
        Assert.Equal([D.Id], raised.Waitlist.Select(r => r.MemberId));
        Assert.Equal(0, raised.SeatsLeft);
    }

    [Fact]
    public void Reconcile_AfterPartyRemoved_ClearsEveryAfterPartyChoice()
    {
        var roster = Roster(SampleEvents.StudySession(capacity: 5, afterParty: SampleEvents.Party(capacity: 1)));
        Join(roster, A, party: true);
        Join(roster, B, party: true);
        var withoutParty = new EventRoster(roster.Event with { AfterParty = null }, roster.Going);

        var change = withoutParty.Reconcile(Now);

        Assert.Equal(2, change.Changed.Count);
        Assert.All(change.Changed, r => Assert.Equal(PartyStatus.None, r.Party));
        Assert.Empty(change.Promotions);
        Assert.Empty(withoutParty.PartyGoing);
        Assert.Empty(withoutParty.PartyWaitlist);
    }

    private static EventRoster Roster(Event e) => new(e with { Id = 7 }, []);

    private static JoinOutcome Join(EventRoster roster, MemberRef member, bool? party = null) =>
        roster.Join(member, Language.Ja, Details(member), party, Now);

    private static RegistrationDetails Details(MemberRef member) => new(member.DisplayName, null, null);
}
