using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Replies;

namespace NetworkBot.Core.Events;

/// <summary>Tells registrants, each in their own language, that they moved up, that an event changed, or that it was called off.</summary>
public sealed class RegistrantNotifier(IRegistrationRepository registrations, IChatSender sender, EventCards cards)
{
    /// <summary>Tells each promoted member; <paramref name="roster"/> is the roster as just saved (the after-party line shows its seats).</summary>
    public async Task NotifyPromotionsAsync(EventRoster roster, IReadOnlyList<Promotion> promotions, CancellationToken cancellationToken)
    {
        var e = roster.Event;
        foreach (var promotion in promotions)
        {
            var r = promotion.Registration;
            var texts = Texts.For(r.Language);
            var text = promotion.ToParty
                ? texts.PromotedToParty(r.Name, e.Title, e.AfterParty is { } party ? cards.AfterPartyLine(party, roster, texts) : "")
                : texts.Promoted(r.Name, e.Title, cards.When(e, texts));
            var reply = BotReply.Private(new TextBlock(text), new ActionsBlock([new ReplyButton(texts.ButtonLeave, $"/leave {e.Id}", ButtonStyle.Danger)]));
            await sender.SendAsync(OutgoingMessage.ToDirect(r.Member, reply), cancellationToken);
        }
    }

    /// <summary>Tells everyone going or waiting about a change of time or place. Returns how many were told.</summary>
    public Task<int> NotifyChangedAsync(Event e, CancellationToken cancellationToken) =>
        TellAllAsync(e, texts => texts.EventChangedNotice(e.Title, cards.When(e, texts), e.Venue ?? e.OnlineUrl), withShowButton: true, cancellationToken);

    public Task<int> NotifyCancelledAsync(Event e, CancellationToken cancellationToken) =>
        TellAllAsync(e, texts => texts.EventCancelledNotice(e.Title, cards.When(e, texts), e.CancelReason), withShowButton: false, cancellationToken);

    private async Task<int> TellAllAsync(Event e, Func<Texts, string> message, bool withShowButton, CancellationToken cancellationToken)
    {
        var people = (await registrations.ListForEventAsync(e.Id, cancellationToken)).Where(r => r.IsActive).ToList();
        foreach (var r in people)
        {
            var texts = Texts.For(r.Language);
            var blocks = new List<ReplyBlock> { new TextBlock(message(texts)) };
            if (withShowButton) blocks.Add(new ActionsBlock([new ReplyButton(texts.ButtonDetails, $"/event show {e.Id}")]));
            await sender.SendAsync(OutgoingMessage.ToDirect(r.Member, BotReply.Private([.. blocks])), cancellationToken);
        }

        return people.Count;
    }
}
