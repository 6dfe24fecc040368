namespace NetworkBot.Core.Publishing;

/// <summary>
/// One entry of the public Atom feed: an event now, announcements later. <see cref="Id"/> must stay the same
/// for the same thing forever, so feed readers and mailing-list bridges never show it twice.
/// </summary>
public sealed record FeedItem(
    string Id,
    string Title,
    string Summary,
    string Link,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string? Category = null);
