using NetworkBot.Core.Text;

namespace NetworkBot.Core.Members;

/// <summary>
/// Ranks directory entries for a query. Every keyword must match somewhere; a keyword scores by where it matched
/// (name above interests above affiliation above the rest) and how well (the whole field, its start, or inside it).
/// Equal scores keep 五十音 order.
/// </summary>
internal static class DirectorySearch
{
    public static DirectoryPage Run(DirectoryIndex index, DirectoryQuery query)
    {
        var terms = query.Keywords.Select(TextFolding.Fold).Where(t => t.Length > 0).Distinct().ToArray();
        var prefecture = DirectoryIndex.PrefectureNumber(query.PrefectureCode);
        var sector = DirectoryIndex.SectorNumber(query.SectorId);
        if (terms.Length == 0) return InOrder(index, prefecture, sector, query.Page);

        // Count every match but keep only the best ones the requested page needs: a bounded heap whose root is the
        // worst kept match, so a search over every member never sorts them all.
        var keep = Math.Max(1, query.Page) * DirectoryQuery.PageSize;
        var best = new PriorityQueue<int, (int Score, int Position)>(keep + 1, WorstFirst);
        var count = 0;
        var texts = index.SearchTexts;
        for (var i = 0; i < texts.Length; i++)
        {
            if (!Passes(index, i, prefecture, sector)) continue;
            var total = 0;
            foreach (var term in terms)
            {
                var score = Score(texts[i], term);
                if (score == 0) { total = 0; break; }
                total += score;
            }

            if (total == 0) continue;
            count++;
            if (best.Count == keep && best.TryPeek(out _, out var worst) && WorstFirst.Compare((total, i), worst) <= 0) continue;
            best.Enqueue(i, (total, i));
            if (best.Count > keep) best.Dequeue();
        }

        var (page, pageCount) = Clamp(query.Page, count);
        if (page != query.Page) return Run(index, query with { Page = page });
        var ranked = new List<int>(best.Count);
        while (best.Count > 0) ranked.Add(best.Dequeue());
        ranked.Reverse();
        var entries = ranked.Skip((page - 1) * DirectoryQuery.PageSize).Take(DirectoryQuery.PageSize).Select(i => index.Entries[i]).ToList();
        return new DirectoryPage(entries, count, page, pageCount);
    }

    /// <summary>Orders matches worst first: lower score, then later in 五十音 order.</summary>
    private static readonly Comparer<(int Score, int Position)> WorstFirst = Comparer<(int Score, int Position)>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Position.CompareTo(a.Position));

    /// <summary>The best score of <paramref name="term"/> anywhere in the search text, 0 when it does not occur.</summary>
    internal static int Score(string text, string term)
    {
        var best = 0;
        var index = text.IndexOf(term, StringComparison.Ordinal);
        while (index >= 0)
        {
            var field = (SearchField)text.AsSpan(0, index).Count(DirectoryEntry.FieldSeparator);
            var (start, end) = Segment(text, index, field == SearchField.Interests);
            var exact = index == start && index + term.Length == end;
            best = Math.Max(best, Weight(field, exact, prefix: index == start));
            index = text.IndexOf(term, index + 1, StringComparison.Ordinal);
        }

        return best;
    }

    private static int Weight(SearchField field, bool exact, bool prefix) => field switch
    {
        SearchField.Name => exact ? 100 : prefix ? 70 : 50,
        SearchField.Kana => exact ? 90 : prefix ? 60 : 40,
        SearchField.Interests => exact ? 50 : prefix ? 40 : 30,
        SearchField.Affiliation => exact ? 35 : prefix ? 30 : 25,
        SearchField.Activities or SearchField.Offer or SearchField.Want => exact || prefix ? 20 : 15,
        _ => exact ? 15 : 10,
    };

    /// <summary>The bounds of the field (or, within interests, the tag) that contains <paramref name="index"/>.</summary>
    private static (int Start, int End) Segment(string text, int index, bool byTag)
    {
        var span = text.AsSpan();
        var start = byTag ? span[..index].LastIndexOfAny(DirectoryEntry.FieldSeparator, DirectoryEntry.TagSeparator) : span[..index].LastIndexOf(DirectoryEntry.FieldSeparator);
        var rest = span[index..];
        var length = byTag ? rest.IndexOfAny(DirectoryEntry.FieldSeparator, DirectoryEntry.TagSeparator) : rest.IndexOf(DirectoryEntry.FieldSeparator);
        return (start + 1, length < 0 ? text.Length : index + length);
    }

    private static bool Passes(DirectoryIndex index, int i, byte prefecture, byte sector) =>
        (prefecture == 0 || index.Prefectures[i] == prefecture) && (sector == 0 || index.Sectors[i] == sector);

    /// <summary>Without keywords: the filtered members in 五十音 order, counting them all but building only the page.</summary>
    private static DirectoryPage InOrder(DirectoryIndex index, byte prefecture, byte sector, int requestedPage)
    {
        var count = 0;
        for (var i = 0; i < index.Entries.Length; i++)
        {
            if (Passes(index, i, prefecture, sector)) count++;
        }

        var (page, pageCount) = Clamp(requestedPage, count);
        var skip = (page - 1) * DirectoryQuery.PageSize;
        var entries = new List<DirectoryEntry>(DirectoryQuery.PageSize);
        for (var i = 0; i < index.Entries.Length && entries.Count < DirectoryQuery.PageSize; i++)
        {
            if (!Passes(index, i, prefecture, sector)) continue;
            if (skip > 0) skip--;
            else entries.Add(index.Entries[i]);
        }

        return new DirectoryPage(entries, count, page, pageCount);
    }

    private static (int Page, int PageCount) Clamp(int page, int total)
    {
        var pageCount = Math.Max(1, (total + DirectoryQuery.PageSize - 1) / DirectoryQuery.PageSize);
        return (Math.Clamp(page, 1, pageCount), pageCount);
    }
}
