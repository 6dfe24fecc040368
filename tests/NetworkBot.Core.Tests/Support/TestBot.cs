using Microsoft.Extensions.Time.Testing;
using Moq;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Events;
using NetworkBot.Core.Help;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;
using NetworkBot.Core.Tests.Fakes;

namespace NetworkBot.Core.Tests.Support;

/// <summary>
/// Core wired as the host wires it, with in-memory repositories, a fake clock and a mocked chat sender
/// that records every direct message. Commands go in as typed text, through the dispatcher.
/// </summary>
internal sealed class TestBot
{
    /// <summary>Sunday 1 November 2026, 10:00 in Japan: a month before <see cref="SampleEvents.Start"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 10, 0, 0, SampleEvents.Jst);

    public static readonly MemberRef Organizer = Member("後藤");

    private readonly List<OutgoingMessage> _sent = [];
    private readonly IEventRepository _recordingEvents;

    public TestBot()
    {
        Sender
            .Setup(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .Callback<OutgoingMessage, CancellationToken>((message, _) =>
            {
                lock (_sent) _sent.Add(message);
            })
            .Returns(ValueTask.CompletedTask);

        var settings = BotSettings.Default;
        var cards = new EventCards(settings);
        var forms = new EventForms(settings);
        var reader = new EventFieldsReader(settings);
        // As the host wires them: every write is counted, so the kept upcoming events are reread after it.
        var changes = new EventChanges();
        var events = new ChangeRecordingEventRepository(Events, changes);
        var registrations = new ChangeRecordingRegistrationRepository(Registrations, changes);
        _recordingEvents = events;
        var notifier = new RegistrantNotifier(registrations, Sender.Object, cards);
        Service = new RegistrationService(events, registrations, new EventLocks(), notifier, Time);
        Dispatcher = new CommandDispatcher(
        [
            new EventsCommand(new UpcomingEvents(events, registrations, changes), cards, Time),
            new EventShowCommand(events, registrations, cards),
            new EventCreateCommand(events, reader, forms, cards, Time),
            new EventEditCommand(events, Service, reader, forms, notifier, cards, Time),
            new EventCancelCommand(events, Service, notifier, Time),
            new EventAttendeesCommand(events, Service),
            new JoinCommand(events, Service, cards, forms),
            new LeaveCommand(events, Service),
            new HelpCommand(),
        ]);
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public InMemoryEventRepository Events { get; } = new();

    public InMemoryRegistrationRepository Registrations { get; } = new();

    public Mock<IChatSender> Sender { get; } = new();

    public RegistrationService Service { get; }

    public CommandDispatcher Dispatcher { get; }

    public IReadOnlyList<OutgoingMessage> Sent
    {
        get
        {
            lock (_sent) return _sent.ToList();
        }
    }

    public static MemberRef Member(string name) => new($"console:{name}", name);

    /// <summary>Stores an event the way the commands do, so that lists kept from storage see it.</summary>
    public Task<Event> AddEventAsync(Event e) => _recordingEvents.AddAsync(e, CancellationToken.None);

    /// <summary>Runs a typed line as a member and returns the reply.</summary>
    public async Task<BotReply> ReplyAsync(string line, MemberRef? member = null, Language language = Language.Ja, bool organizer = false)
    {
        var context = new CommandContext(member ?? Member("佐藤"), new ChannelRef("console:general"), language, organizer);
        return await Dispatcher.DispatchAsync(Dispatcher.CreateFromText(line, context), CancellationToken.None);
    }

    /// <summary>Runs a typed line as a member and returns the reply as text.</summary>
    public async Task<string> RunAsync(string line, MemberRef? member = null, Language language = Language.Ja) =>
        ReplyText.Of(await ReplyAsync(line, member, language));

    public async Task<string> RunAsOrganizerAsync(string line, Language language = Language.Ja) =>
        ReplyText.Of(await ReplyAsync(line, Organizer, language, organizer: true));

    /// <summary>The direct messages one member received, as text.</summary>
    public IReadOnlyList<string> MessagesTo(MemberRef member) =>
        Sent.Where(m => m.ToMember?.Id == member.Id).Select(m => ReplyText.Of(m.Content)).ToList();
}
