using NetworkBot.Core.Localization;

namespace NetworkBot.Core.Publishing;

/// <summary>
/// Something that has entries for the public feed. Every registered source is asked and the entries are merged,
/// newest first: events contribute through <c>EventFeedItems</c>, and announcements only need to register a
/// source of their own.
/// </summary>
public interface IFeedItemSource
{
    Task<IReadOnlyList<FeedItem>> GetItemsAsync(Texts texts, CancellationToken cancellationToken);
}
