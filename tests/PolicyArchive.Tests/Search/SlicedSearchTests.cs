using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Tests.Search.Relevance;

namespace PolicyArchive.Tests.Search;

/// <summary>A search split over segment slices on several threads must find exactly what one thread finds: the same
/// page in the same order, the same total and the same facet counts.</summary>
public sealed class SlicedSearchTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pa-sliced-" + Guid.NewGuid().ToString("N"));
    private readonly ArchiveIndex _index;

    public SlicedSearchTests()
    {
        _index = new ArchiveIndex(_path);
        // A commit per few documents leaves several segments to share out.
        foreach (var batch in TestCorpus.All().Chunk(4))
        {
            _index.Upsert(batch);
            _index.Commit();
        }
    }

    [Theory]
    [InlineData("export controls", null, 1)]
    [InlineData("puce", null, 1)]
    [InlineData("puce", null, 2)]
    [InlineData("lang:fr", "newest", 1)]
    [InlineData("lang:fr", "oldest", 2)]
    [InlineData("DeepSeek", "newest", 1)]
    public void Slices_find_the_same_page_total_and_facets_as_one_thread(string text, string? order, int page)
    {
        using var lease = _index.Acquire();
        Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 3);
        var query = new LuceneQueryBuilder(_index.Analyzers, new ThesaurusCache(_index).Current)
            .Build(ResearcherQueryParser.Parse(text), new QueryOptions(), lease.Searcher.IndexReader).Query;
        Sort? sort = order switch
        {
            "newest" => new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE),
            "oldest" => new Sort(new SortField(IndexFields.DateSortOldestFirst, SortFieldType.INT64, false), SortField.FIELD_SCORE),
            _ => null,
        };
        const int size = 3;
        var start = (page - 1) * size;

        var single = SlicedSearch.Run(lease.Searcher, query, sort, start, size, IndexFields.FacetFields, minDocumentsToSlice: int.MaxValue);
        var sliced = SlicedSearch.Run(lease.Searcher, query, sort, start, size, IndexFields.FacetFields, minDocumentsToSlice: 0, slices: 3);

        Assert.True(single.TotalHits > size * (page - 1));
        Assert.Equal(single.TotalHits, sliced.TotalHits);
        Assert.NotEmpty(single.Page);
        Assert.Equal(single.Page.Select(d => d.Doc), sliced.Page.Select(d => d.Doc));
        Assert.Equal(single.Page.Select(d => d.Score), sliced.Page.Select(d => d.Score));
        var singleFacets = single.Facets.Results();
        Assert.Contains(singleFacets, f => f.Values.Count > 1);
        Assert.Equal(Flatten(singleFacets), Flatten(sliced.Facets.Results()));

        // The counting pass of a facet with a selection (no ranking) counts the same in slices too, and what ranking counted.
        var countedAlone = SlicedSearch.CountFacets(lease.Searcher, query, IndexFields.FacetFields, minDocumentsToSlice: int.MaxValue);
        var countedSliced = SlicedSearch.CountFacets(lease.Searcher, query, IndexFields.FacetFields, minDocumentsToSlice: 0, slices: 3);
        Assert.Equal(Flatten(singleFacets), Flatten(countedAlone.Results()));
        Assert.Equal(Flatten(singleFacets), Flatten(countedSliced.Results()));
    }

    private static List<string> Flatten(IReadOnlyList<Core.Search.Facets.FacetResult> facets) =>
        facets.SelectMany(f => f.Values.Select(v => $"{f.Field}={v.Value}:{v.Count}")).ToList();

    public void Dispose()
    {
        _index.Dispose();
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
