using System.Net.Mail;
using NetworkBot.Core.Commands;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Members;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>
/// <c>/join ID [party:yes] [name:…] [affiliation:…] [email:…]</c> (or <c>/join ID form</c> for a form): registers first come, first served; when the event
/// is full the member joins the waitlist and learns their place. Joining again is no error: it says so, and can
/// change the after-party choice.
/// </summary>
public sealed class JoinCommand(
    IEventRepository events, RegistrationService registrationService, EventCards cards, EventForms forms, IMemberRepository? members = null)
    : ICommandHandler
{
    public const int NameMaxLength = 60;
    public const int AffiliationMaxLength = 100;

    public CommandDefinition Definition { get; } = CommandDefinition.ForEveryone("join", null, "id", "party", "name", "affiliation", "email");

    public async ValueTask<BotReply> HandleAsync(BotCommand command, CancellationToken cancellationToken)
    {
        var texts = Texts.For(command.Context.Language);
        var args = command.Arguments;
        var (found, refusal) = await EventLookup.FindAsync(events, EventShowCommand.IdText(command), texts, "/join 3 party:yes", cancellationToken);
        if (found is null) return refusal!;

        // Details not given are taken from the member's profile, when they have one.
        var profile = members is null ? null : await members.GetAsync(command.Context.Invoker.Id, cancellationToken);
        if (args.Options.Count == 0 && IsFormWord(args.Positional(1)))
        {
            return BotReply.OpenForm(forms.Join(found, profile?.DisplayName ?? command.Context.Invoker.DisplayName, texts));
        }

        var errors = new List<string>();
        bool? wantsParty = null;
        if (args.Option("party") is { } partyText && (wantsParty = YesNo.Parse(partyText)) is null) errors.Add(texts.InvalidYesNo("party", partyText));
        var name = (args.Option("name") ?? profile?.DisplayName ?? command.Context.Invoker.DisplayName).Trim();
        if (name.Length == 0) errors.Add(texts.Missing("name"));
        if (name.Length > NameMaxLength) errors.Add(texts.TooLong("name", NameMaxLength));
        var affiliation = (args.Option("affiliation") ?? profile?.Affiliation)?.Trim();
        if (affiliation is { Length: > AffiliationMaxLength }) errors.Add(texts.TooLong("affiliation", AffiliationMaxLength));
        var email = (args.Option("email") ?? profile?.Email)?.Trim();
        if (!string.IsNullOrEmpty(email) && !IsEmail(email)) errors.Add(texts.InvalidEmail(email));
        if (errors.Count > 0) return BotReply.InvalidInput(texts.NothingChanged(errors, "/join 3 party:yes affiliation:\"○○市 企画課\""));

        var details = new RegistrationDetails(name, NullIfEmpty(affiliation), NullIfEmpty(email));
        var (e, outcome) = await registrationService.JoinAsync(found.Id, command.Context.Invoker, command.Context.Language, details, wantsParty, cancellationToken);
        if (e is null || outcome is null) return BotReply.InvalidInput(texts.EventNotFound(found.Id));
        return BotReply.Private(Reply(e, outcome, texts));
    }

    private ReplyBlock[] Reply(Event e, JoinOutcome outcome, Texts texts)
    {
        var r = outcome.Registration;
        var message = outcome.Result switch
        {
            JoinResult.Closed => texts.RegistrationClosed(e.Title, outcome.ClosedReason!.Value),
            JoinResult.NoAfterParty => texts.NoAfterParty(e.Title),
            JoinResult.Going => texts.Registered(r!.Name, e.Title, cards.When(e, texts), e.Venue ?? e.OnlineUrl, PartyLine(e, outcome, texts)),
            JoinResult.Waitlisted => texts.Waitlisted(r!.Name, e.Title, outcome.WaitlistPosition ?? 0, PartyLine(e, outcome, texts)),
            _ => texts.AlreadyRegistered(e.Title, r!.Status, outcome.WaitlistPosition, outcome.PartyChanged ? PartyLine(e, outcome, texts) : null),
        };
        if (r is null || outcome.Result == JoinResult.Closed) return [new TextBlock(message)];
        var buttons = new List<ReplyButton> { new(texts.ButtonLeave, $"/leave {e.Id}", ButtonStyle.Danger) };
        if (e.AfterParty is not null && r.Party == PartyStatus.None) buttons.Insert(0, new(texts.ButtonJoinWithParty, $"/join {e.Id} party:yes"));
        return [new TextBlock(message), new ActionsBlock(buttons)];
    }

    private static string? PartyLine(Event e, JoinOutcome outcome, Texts texts) =>
        e.AfterParty is null || outcome.Registration is null ? null
        : texts.PartyStatusLine(outcome.Registration.Party, outcome.PartyWaitlistPosition, e.AfterParty.FeeYen);

    private static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);

    /// <summary><c>/join 3 form</c> (or フォーム) asks for the registration details one by one instead.</summary>
    private static bool IsFormWord(string? word) => word?.Trim().ToLowerInvariant() is "form" or "フォーム";

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
