using Lucene.Net.Index;
using Lucene.Net.Search;

using PolicyArchive.Core.Search.Facets;

namespace PolicyArchive.Core.Search;

/// <summary>What one search found: the requested page of hits, the total, and the facet counts over every hit.</summary>
public sealed record SlicedSearchResult(ScoreDoc[] Page, int TotalHits, FacetCollector Facets);

/// <summary>Runs one search over the index's segments in slices, one per core, so a single researcher's query uses the
/// whole machine. Lucene's IndexSearcher only does this for plain top-docs searches, not with a facet collector beside
/// the ranking one; small indexes are searched on the calling thread, where a second thread would cost more than it saves.
/// Only a search that runs alone is sliced: when others run beside it the cores are busy already, and a sliced search
/// would only hold a request thread waiting on work queued behind the other requests. (Measured under 16 clients at
/// 20,000 documents: the same CPU per search either way; the server is CPU-bound, see docs/benchmarks.md.)</summary>
public static class SlicedSearch
{
    /// <summary>Below this many documents a search takes a few milliseconds and is not worth splitting.</summary>
    public const int MinDocumentsToSlice = 20_000;

    private static int s_running;

    public static SlicedSearchResult Run(IndexSearcher searcher, Query query, Sort? sort, int start, int size, IReadOnlyList<string> facetFields,
        int minDocumentsToSlice = MinDocumentsToSlice, int? slices = null) =>
        Sliced(searcher.IndexReader, minDocumentsToSlice, slices, sliceCount => Run(searcher, query, sort, start, size, facetFields, sliceCount));

    /// <summary>Counts the facet values of every hit of <paramref name="query"/> without ranking them: the extra pass of a
    /// facet field that has a selection (see <see cref="FacetFilters.Outside"/>), sliced as a ranked search is.</summary>
    public static FacetCollector CountFacets(IndexSearcher searcher, Query query, IReadOnlyList<string> facetFields,
        int minDocumentsToSlice = MinDocumentsToSlice, int? slices = null) =>
        Sliced(searcher.IndexReader, minDocumentsToSlice, slices, sliceCount =>
        {
            if (sliceCount <= 1)
            {
                var facets = new FacetCollector(facetFields);
                searcher.Search(query, facets);
                return facets;
            }
            var facetSlices = Collect(searcher, query, sliceCount, () => new FacetCollector(facetFields), f => f);
            for (var i = 1; i < facetSlices.Length; i++) facetSlices[0].Add(facetSlices[i]);
            return facetSlices[0];
        });

    private static T Sliced<T>(IndexReader reader, int minDocumentsToSlice, int? slices, Func<int, T> search)
    {
        var alone = Interlocked.Increment(ref s_running) == 1;
        try
        {
            return search(alone || slices is not null ? SliceCount(reader, minDocumentsToSlice, slices) : 1);
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }
    }

    private static int SliceCount(IndexReader reader, int minDocumentsToSlice, int? slices) =>
        reader.MaxDoc < minDocumentsToSlice ? 1 : Math.Min(slices ?? Environment.ProcessorCount, reader.Leaves.Count);

    private static SlicedSearchResult Run(IndexSearcher searcher, Query query, Sort? sort, int start, int size, IReadOnlyList<string> facetFields, int sliceCount)
    {
        var wanted = Math.Max(1, start + size);
        if (sliceCount <= 1)
        {
            var top = NewTop(sort, wanted);
            var facets = new FacetCollector(facetFields);
            searcher.Search(query, MultiCollector.Wrap(top, facets));
            return new SlicedSearchResult(top.GetTopDocs(start, size).ScoreDocs, top.TotalHits, facets);
        }

        var parts = Collect(searcher, query, sliceCount, () => (Top: NewTop(sort, wanted), Facets: new FacetCollector(facetFields)),
            p => MultiCollector.Wrap(p.Top, p.Facets));
        var merged = TopDocs.Merge(sort, start, size, parts.Select(p => p.Top.GetTopDocs()).ToArray());
        for (var i = 1; i < parts.Length; i++) parts[0].Facets.Add(parts[i].Facets);
        return new SlicedSearchResult(merged.ScoreDocs, parts.Sum(p => p.Top.TotalHits), parts[0].Facets);
    }

    // Each slice of the segments searched on its own thread into its own collectors, made by newSlice.
    private static TSlice[] Collect<TSlice>(IndexSearcher searcher, Query query, int sliceCount, Func<TSlice> newSlice, Func<TSlice, ICollector> collectorOf)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = Slice(searcher.IndexReader.Leaves, sliceCount);
        var slices = new TSlice[leaves.Count];
        Parallel.For(0, leaves.Count, i =>
        {
            slices[i] = newSlice();
            var collector = collectorOf(slices[i]);
            foreach (var leaf in leaves[i])
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
        });
        return slices;
    }

    // The largest segments first, each to the slice with the fewest documents so far.
    private static List<List<AtomicReaderContext>> Slice(IList<AtomicReaderContext> leaves, int count)
    {
        var slices = Enumerable.Range(0, count).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var lightest = Array.IndexOf(sizes, sizes.Min());
            slices[lightest].Add(leaf);
            sizes[lightest] += leaf.AtomicReader.MaxDoc;
        }
        return slices.Where(s => s.Count > 0).ToList();
    }

    // Sorted searches fill their sort values so slices can be merged in the same order.
    private static ITopDocsCollector NewTop(Sort? sort, int wanted) => sort is null
        ? TopScoreDocCollector.Create(wanted, false)
        : TopFieldCollector.Create(sort, wanted, true, true, false, false);
}
