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
        int minDocumentsToSlice = MinDocumentsToSlice, int? slices = null)
    {
        var alone = Interlocked.Increment(ref s_running) == 1;
        try
        {
            var sliceCount = alone || slices is not null ? SliceCount(searcher.IndexReader, minDocumentsToSlice, slices) : 1;
            return Run(searcher, query, sort, start, size, facetFields, sliceCount);
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
        var leaves = searcher.IndexReader.Leaves;
        var wanted = Math.Max(1, start + size);
        if (sliceCount <= 1)
        {
            var top = NewTop(sort, wanted);
            var facets = new FacetCollector(facetFields);
            searcher.Search(query, MultiCollector.Wrap(top, facets));
            return new SlicedSearchResult(top.GetTopDocs(start, size).ScoreDocs, top.TotalHits, facets);
        }

        var weight = searcher.CreateNormalizedWeight(query);
        var parts = Slice(leaves, sliceCount);
        var tops = new ITopDocsCollector[parts.Count];
        var facetSlices = new FacetCollector[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            tops[i] = NewTop(sort, wanted);
            facetSlices[i] = new FacetCollector(facetFields);
            var collector = MultiCollector.Wrap(tops[i], facetSlices[i]);
            foreach (var leaf in parts[i])
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
        });

        var merged = TopDocs.Merge(sort, start, size, tops.Select(t => t.GetTopDocs()).ToArray());
        for (var i = 1; i < facetSlices.Length; i++) facetSlices[0].Add(facetSlices[i]);
        return new SlicedSearchResult(merged.ScoreDocs, tops.Sum(t => t.TotalHits), facetSlices[0]);
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
