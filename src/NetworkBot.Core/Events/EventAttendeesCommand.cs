using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>
/// <c>/event attendees ID</c> (organizers): who is going, who is waiting, and the after-party lists, with registration
/// fields, and a signed link to download them as CSV where the host can make one.
/// </summary>
public sealed class EventAttendeesCommand(
    IEventRepository events, RegistrationService registrationService, IAttendeeExportLinks? exportLinks = null) : ICommandHandler
{
    public CommandDefinition Definition { get; } = CommandDefinition.ForOrganizers("event", "attendees", "id");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var (existing, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, "/event attendees 3", cancellationToken);
        if (existing is null) return refusal!;
        var roster = (await registrationService.GetRosterAsync(existing.Id, cancellationToken))!;

        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(texts.AttendeesHeading(existing.Id, existing.Title)),
            new TextBlock(Section(texts.GoingHeading(roster.Going.Count, existing.Capacity), roster.Going, texts)),
            new TextBlock(Section(texts.WaitlistHeading(roster.Waitlist.Count), roster.Waitlist, texts)),
        };
        if (existing.AfterParty is not null)
        {
            blocks.Add(new TextBlock(Section(texts.PartyHeading(roster.PartyGoing.Count, existing.AfterParty.Capacity), roster.PartyGoing, texts)));
            blocks.Add(new TextBlock(Section(texts.PartyWaitlistHeading(roster.PartyWaitlist.Count), roster.PartyWaitlist, texts)));
        }

        if (exportLinks?.Create(existing.Id, texts.Language) is { } link) blocks.Add(new TextBlock(texts.AttendeesCsvLink(link.Url, link.ValidFor)));
        return BotReply.Private([.. blocks]);
    }

    private static string Section(string heading, IReadOnlyList<Registration> people, Texts texts)
    {
        if (people.Count == 0) return $"**{heading}**\n{texts.NobodyYet}";
        var lines = people.Select((r, i) => texts.AttendeeLine(i + 1, ErasedMembers.IsErased(r.MemberId) ? texts.ErasedMember : r.Name, r.Affiliation, r.Email, r.Party));
        return $"**{heading}**\n" + string.Join("\n", lines);
    }
}
