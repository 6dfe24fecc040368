using Microsoft.Extensions.Time.Testing;
using Moq;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Conversations;
using NetworkBot.Core.Events;
using NetworkBot.Core.Members;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Scheduling;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Members.Fakes;

namespace NetworkBot.Core.Tests.Members;

public class MemberErasureTests
{
    private static readonly MemberRef Goto = new("console:後藤", "後藤");
    private static readonly MemberRef Sato = new("console:佐藤", "佐藤");

    private readonly InMemoryMemberStore _members = new();
    private readonly InMemoryEventStore _events = new();
    private readonly FakeTimeProvider _time = new(Profiles.Now);
    private readonly Mock<IChatSender> _sender = new();
    private readonly InMemoryReminderPreferences _preferences = new();
    private readonly Mock<IOutbox> _outbox = new();
    private readonly Mock<IPlatformMemberState> _discordState = new();
    private readonly Mock<IPlatformMemberState> _slackState = new();
    private readonly MemberDirectory _directory;
    private readonly ConversationStore _conversations;
    private readonly RegistrationService _registrations;
    private readonly MemberErasure _erasure;

    public MemberErasureTests()
    {
        _directory = new MemberDirectory(_members);
        _conversations = new ConversationStore(_time);
        var locks = new EventLocks();
        var notifier = new RegistrantNotifier(_events, _sender.Object, new EventCards(BotSettings.Default));
        _registrations = new RegistrationService(_events, _events, locks, notifier, _time);
        _erasure = new MemberErasure(_members, _directory, _events, _events, _events, _preferences, _outbox.Object, [_discordState.Object, _slackState.Object], _conversations, _registrations, locks, _time);
    }

    private async Task<Event> AddEventAsync(string title, int days, int? capacity = null) =>
        await _events.AddAsync(new Event
        {
            Title = title,
            Start = Profiles.Now.AddDays(days),
            Capacity = capacity,
            CreatedBy = "console:運営",
        }, CancellationToken.None);

    private Task JoinAsync(Event e, MemberRef member) =>
        _registrations.JoinAsync(e.Id, member, Language.Ja, new RegistrationDetails(member.DisplayName, "○○市", $"{member.DisplayName}@example.jp"), null, CancellationToken.None);

    [Fact]
    public async Task EraseAsync_RemindersChosenAndSent_ForgetsTheSettingsAndTheDeliveryRecords()
    {
        await _preferences.SaveAsync(new ReminderPreference { MemberId = Goto.Id, AllOff = true }, CancellationToken.None);

        var erased = await _erasure.EraseAsync(Goto.Id, CancellationToken.None);

        Assert.True(erased.HasReminderSettings);
        Assert.Null(await _preferences.GetAsync(Goto.Id, CancellationToken.None));
        _outbox.Verify(o => o.ForgetMemberAsync(Goto.Id, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EraseAsync_AsksEveryPlatformToForgetWhatItKeepsAboutTheMember_OnlyThem()
    {
        await _erasure.EraseAsync(Goto.Id, CancellationToken.None);

        _discordState.Verify(s => s.ForgetMemberAsync(Goto.Id, It.IsAny<CancellationToken>()), Times.Once);
        _slackState.Verify(s => s.ForgetMemberAsync(Goto.Id, It.IsAny<CancellationToken>()), Times.Once);
        _discordState.Verify(s => s.ForgetMemberAsync(Sato.Id, It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PreviewAsync_OnlyAnUnfinishedFormOnOnePlatform_HasSomethingToErase_ForgetsNothingYet()
    {
        _slackState.Setup(s => s.HasUnfinishedInputAsync(Goto.Id, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var preview = await _erasure.PreviewAsync(Goto.Id, CancellationToken.None);
        var other = await _erasure.PreviewAsync(Sato.Id, CancellationToken.None);

        Assert.True(preview.HasUnfinishedForms);
        Assert.True(preview.HasAnything);
        Assert.False(other.HasAnything);
        _discordState.Verify(s => s.ForgetMemberAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _slackState.Verify(s => s.ForgetMemberAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task EraseAsync_InTheMiddleOfTheSelfIntroduction_EndsItAndTheAnswersSoFarAreGone()
    {
        var answersSeen = new List<string>();
        var introduction = new RecordingConversation(answersSeen);
        _conversations.Begin(Goto.Id, introduction);
        _conversations.Begin(Sato.Id, new RecordingConversation([]));

        var preview = await _erasure.PreviewAsync(Goto.Id, CancellationToken.None);
        await _erasure.EraseAsync(Goto.Id, CancellationToken.None);
        var next = await _conversations.ContinueAsync(new CommandContext(Goto, null, Language.Ja, IsOrganizer: false), "後藤です", CancellationToken.None);

        Assert.True(preview.HasUnfinishedForms);
        Assert.Null(next);
        Assert.Empty(answersSeen);
        Assert.True(_conversations.IsActive(Sato.Id));
    }

    private sealed class RecordingConversation(List<string> answers) : IConversation
    {
        public BotReply Start() => BotReply.PrivateText("お名前は？");

        public ValueTask<ConversationTurn> ContinueAsync(string text, CommandContext context, CancellationToken cancellationToken)
        {
            answers.Add(text);
            return ValueTask.FromResult(new ConversationTurn(BotReply.PrivateText("次へ"), IsFinished: false));
        }
    }

    [Fact]
    public async Task PreviewAsync_OnlyReminderSettings_HasSomethingToErase()
    {
        await _preferences.SaveAsync(new ReminderPreference { MemberId = Goto.Id, MutedEventIds = [3] }, CancellationToken.None);

        var preview = await _erasure.PreviewAsync(Goto.Id, CancellationToken.None);

        Assert.True(preview.HasAnything);
        Assert.False(preview.HasProfile);
    }

    [Fact]
    public async Task EraseAsync_PastEvent_KeepsAnAnonymousEntrySoCountsStayRight()
    {
        var past = await AddEventAsync("終わった勉強会", 3);
        await JoinAsync(past, Goto);
        await JoinAsync(past, Sato);
        _time.Advance(TimeSpan.FromDays(5));

        await _erasure.EraseAsync(Goto.Id, CancellationToken.None);

        var roster = (await _registrations.GetRosterAsync(past.Id, CancellationToken.None))!;
        Assert.Equal(2, roster.Going.Count);
        Assert.Equal(Sato.Id, roster.Going[1].MemberId);
        var anonymous = roster.Going[0];
        Assert.True(ErasedMembers.IsErased(anonymous.MemberId));
        Assert.Equal("", anonymous.Name);
        Assert.Null(anonymous.Affiliation);
        Assert.Null(anonymous.Email);
        Assert.DoesNotContain(_events.Registrations, r => r.Id.Contains("後藤", StringComparison.Ordinal) || r.MemberId == Goto.Id);
    }

    [Fact]
    public async Task EraseAsync_UpcomingEvent_CancelsAndTheWaitlistMovesUp()
    {
        var upcoming = await AddEventAsync("来月の勉強会", 30, capacity: 1);
        await JoinAsync(upcoming, Goto);
        await JoinAsync(upcoming, Sato);

        var erased = await _erasure.EraseAsync(Goto.Id, CancellationToken.None);

        var roster = (await _registrations.GetRosterAsync(upcoming.Id, CancellationToken.None))!;
        Assert.Equal(1, erased.UpcomingRegistrations);
        Assert.Equal(Sato.Id, Assert.Single(roster.Going).MemberId);
        Assert.Empty(roster.Waitlist);
        _sender.Verify(s => s.SendAsync(It.Is<OutgoingMessage>(m => m.ToMember!.Id == Sato.Id), It.IsAny<CancellationToken>()), Times.Once);
        Assert.DoesNotContain(_events.Registrations, r => r.MemberId == Goto.Id);
    }

    [Fact]
    public async Task EraseAsync_Profile_GoneFromStoreAndDirectory()
    {
        await _members.SaveAsync(Profiles.Make("後藤"), CancellationToken.None);
        await _members.MarkSeenAsync(Goto.Id, Profiles.Now, CancellationToken.None);
        await _directory.WarmUpAsync(CancellationToken.None);

        var erased = await _erasure.EraseAsync(Goto.Id, CancellationToken.None);

        Assert.True(erased.HasProfile);
        Assert.Empty(_members.Profiles);
        Assert.False(_members.HasSeen(Goto.Id));
        Assert.Empty(await _directory.FindByNameAsync("後藤", CancellationToken.None));
    }

    [Fact]
    public async Task ProfileDelete_WithoutConfirmation_AsksWithAButtonAndChangesNothing()
    {
        await _members.SaveAsync(Profiles.Make("後藤"), CancellationToken.None);
        var dispatcher = new CommandDispatcher([new ProfileDeleteCommand(_erasure)]);

        var reply = await dispatcher.DispatchAsync(dispatcher.CreateFromText("/profile delete", Profiles.Context("後藤")), CancellationToken.None);
        var confirm = Assert.Single(ReplyText.Buttons(reply));

        Assert.Equal("/profile delete confirm:yes", confirm.Command);
        Assert.Single(_members.Profiles);

        await dispatcher.DispatchAsync(dispatcher.CreateFromText(confirm.Command, Profiles.Context("後藤")), CancellationToken.None);
        Assert.Empty(_members.Profiles);
    }

    [Fact]
    public async Task ProfileDelete_NothingStored_SaysSo()
    {
        var dispatcher = new CommandDispatcher([new ProfileDeleteCommand(_erasure)]);

        var reply = await dispatcher.DispatchAsync(dispatcher.CreateFromText("/profile delete", Profiles.Context("後藤")), CancellationToken.None);

        Assert.Contains("ありません", ReplyText.Of(reply));
        Assert.Empty(ReplyText.Buttons(reply));
    }

    [Fact]
    public async Task Join_MemberWithProfile_UsesTheProfileDetails()
    {
        await _members.SaveAsync(Profiles.Make("後藤 健", affiliation: "○○市 企画課", email: "ken@example.jp", id: Goto.Id), CancellationToken.None);
        var e = await AddEventAsync("勉強会", 10);
        var join = new JoinCommand(_events, _registrations, new EventCards(BotSettings.Default), new EventForms(BotSettings.Default), _members);
        var dispatcher = new CommandDispatcher([join]);

        await dispatcher.DispatchAsync(dispatcher.CreateFromText($"/join {e.Id}", Profiles.Context("後藤")), CancellationToken.None);

        var registration = Assert.Single(_events.Registrations);
        Assert.Equal("後藤 健", registration.Name);
        Assert.Equal("○○市 企画課", registration.Affiliation);
        Assert.Equal("ken@example.jp", registration.Email);
    }

    [Fact]
    public async Task Join_GivenDetails_WinOverTheProfile()
    {
        await _members.SaveAsync(Profiles.Make("後藤 健", affiliation: "○○市", id: Goto.Id), CancellationToken.None);
        var e = await AddEventAsync("勉強会", 10);
        var dispatcher = new CommandDispatcher([new JoinCommand(_events, _registrations, new EventCards(BotSettings.Default), new EventForms(BotSettings.Default), _members)]);

        await dispatcher.DispatchAsync(dispatcher.CreateFromText($"/join {e.Id} affiliation:\"△△県\"", Profiles.Context("後藤")), CancellationToken.None);

        Assert.Equal("△△県", Assert.Single(_events.Registrations).Affiliation);
    }
}
