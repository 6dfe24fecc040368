using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Events;

/// <summary>
/// The upcoming events as entries of the public feed; an entry is updated whenever its event is. A cancelled event
/// keeps its entry (same id, title marked) until it would have ended, so readers learn it was called off. Its
/// updated time is <see cref="Event.UpdatedAt"/>, which for a cancelled event is the cancellation: editing a
/// cancelled event is refused, so nothing moves it later, and the entry stays the same between fetches.
/// </summary>
public sealed class EventFeedItems(IEventRepository events, EventCards cards, BotSettings settings, TimeProvider time) : IFeedItemSource
{
    private readonly PublicLinks _links = new(settings);

    public async Task<IReadOnlyList<FeedItem>> GetItemsAsync(Texts texts, CancellationToken cancellationToken)
    {
        var upcoming = await events.ListUpcomingWithCancelledAsync(time.GetUtcNow(), cancellationToken);
        return upcoming.Select(e => new FeedItem(
                Id: _links.EventPage(e.Id),
                Title: texts.FeedEventTitle(e.Title, settings.ToLocal(e.Start), e.IsCancelled),
                Summary: EventSummary.PlainText(e, texts, cards, settings),
                Link: _links.EventPage(e.Id, texts.Language),
                Published: e.CreatedAt,
                Updated: e.UpdatedAt,
                Category: texts.Kind(e.Kind)))
            .ToList();
    }
}
