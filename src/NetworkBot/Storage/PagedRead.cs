using LiteDB;

namespace NetworkBot.Storage;

internal static class PagedRead
{
    /// <summary>
    /// Every document in id order, a page at a time, each page its own read: LiteDB keeps every page a read has
    /// touched in its cache until the read ends, and its cache never shrinks, so one read of a large collection would
    /// leave the service that much larger for good.
    /// </summary>
    public static IEnumerable<T> ById<T>(ILiteCollection<T> collection, Func<T, BsonValue> idOf, int pageSize = 1_000)
    {
        BsonValue? last = null;
        while (true)
        {
            var query = Query.All(Query.Ascending);
            query.Limit = pageSize;
            if (last is not null) query.Where.Add(Query.GT("_id", last));
            var page = collection.Find(query).ToList();
            foreach (var item in page) yield return item;
            if (page.Count < pageSize) yield break;
            last = idOf(page[^1]);
        }
    }
}
