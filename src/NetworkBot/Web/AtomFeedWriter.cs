using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Publishing;

namespace NetworkBot.Web;

/// <summary>
/// The public Atom feed: the entries of every <see cref="IFeedItemSource"/> (events now, announcements when they
/// register a source), newest change first, for feed readers and for bridging to a mailing list.
/// </summary>
public sealed class AtomFeedWriter(IEnumerable<IFeedItemSource> sources, PublicLinks links, TimeProvider time)
{
    private const int MaxEntries = 100;

    public async Task<byte[]> WriteAsync(Texts texts, CancellationToken cancellationToken)
    {
        var items = new List<FeedItem>();
        foreach (var source in sources) items.AddRange(await source.GetItemsAsync(texts, cancellationToken));
        items = items.OrderByDescending(i => i.Updated).ThenBy(i => i.Id, StringComparer.Ordinal).Take(MaxEntries).ToList();

        var feed = new SyndicationFeed(
            texts.ScheduleName,
            texts.WebIntro,
            new Uri(links.Home(texts.Language)),
            links.Feed(),
            items.Count > 0 ? items[0].Updated : time.GetUtcNow())
        {
            Language = texts.Language.ToString().ToLowerInvariant(),
            Generator = "NetworkBot",
            Items = items.Select(ToEntry).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "NetworkBot" });
        feed.Links.Add(new SyndicationLink(new Uri(links.Feed(texts.Language)), "self", texts.ScheduleName, "application/atom+xml", 0));

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        await using (var writer = XmlWriter.Create(buffer, settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static SyndicationItem ToEntry(FeedItem item)
    {
        var entry = new SyndicationItem(item.Title, (SyndicationContent?)null, new Uri(item.Link), item.Id, item.Updated)
        {
            PublishDate = item.Published,
            Summary = new TextSyndicationContent(item.Summary),
        };
        if (item.Category is not null) entry.Categories.Add(new SyndicationCategory(item.Category));
        return entry;
    }
}
