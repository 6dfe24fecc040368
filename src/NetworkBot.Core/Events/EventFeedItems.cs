using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Events;

/// <summary>The upcoming events as entries of the public feed; an entry is updated whenever its event is.</summary>
public sealed class EventFeedItems(IEventRepository events, EventCards cards, BotSettings settings, TimeProvider time) : IFeedItemSource
{
    private readonly PublicLinks _links = new(settings);

    public async Task<IReadOnlyList<FeedItem>> GetItemsAsync(Texts texts, CancellationToken cancellationToken)
    {
        var upcoming = await events.ListUpcomingAsync(time.GetUtcNow(), cancellationToken);
        return upcoming.Select(e => new FeedItem(
                Id: _links.EventPage(e.Id),
                Title: texts.FeedEventTitle(e.Title, settings.ToLocal(e.Start)),
                Summary: EventSummary.PlainText(e, texts, cards, settings),
                Link: _links.EventPage(e.Id, texts.Language),
                Published: e.CreatedAt,
                Updated: e.UpdatedAt,
                Category: texts.Kind(e.Kind)))
            .ToList();
    }
}
