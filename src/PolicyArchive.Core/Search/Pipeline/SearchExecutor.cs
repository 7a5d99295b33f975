using Lucene.Net.Search;

using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Facets;
using PolicyArchive.Core.Search.Fuzzy;
using PolicyArchive.Core.Search.Indexing;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Core.Search.Pipeline;

public enum SearchSort { Relevance, Newest, Oldest }

public sealed record ExecutorRequest(
    string? Query,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance,
    bool ExpandThesaurus = true,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Facets = null);

public sealed record ExecutorHit(string PublicId, string Slug, string Title, string Language, Snippet Snippet, float Score);

public sealed record ExecutorResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<ExecutorHit> Hits,
    IReadOnlyList<FacetResult> Facets,
    IReadOnlyList<ThesaurusExpansion> Expansions,
    IReadOnlyList<Correction> Corrections,
    string? DidYouMean,
    IReadOnlyList<string> Messages,
    HighlightTerms Highlight);

/// <summary>One search from the researcher's text to a page of hits: parse, build (thesaurus, typos), rank and count
/// facets in a single pass over the hits, then snippets for the page's hits only, from stored fields (no database).</summary>
public sealed class SearchExecutor(ArchiveAnalyzers analyzers, ThesaurusExpander thesaurus)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;

    public static readonly IReadOnlyList<string> FacetFields =
        [IndexFields.LangFacet, IndexFields.PublicationFacet, IndexFields.TagFacet, IndexFields.AuthorFacet, IndexFields.YearFacet];

    private static readonly HashSet<string> s_storedForHits = [IndexFields.PublicId, IndexFields.Slug, IndexFields.Title, IndexFields.Language, IndexFields.Body];

    private readonly LuceneQueryBuilder _builder = new(analyzers, thesaurus);
    private readonly SnippetBuilder _snippets = new(analyzers);

    public LuceneQueryBuilder QueryBuilder => _builder;

    public ExecutorResult Run(IndexSearcher searcher, ExecutorRequest request)
    {
        var messages = new List<string>();
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        if (request.Page > MaxPage) messages.Add($"Results stop at page {MaxPage}; refine the query to see more.");

        var parsed = ResearcherQueryParser.Parse(request.Query);
        var built = _builder.Build(parsed, new QueryOptions(request.ExpandThesaurus), searcher.IndexReader);
        messages.InsertRange(0, built.Messages);
        var facets = KnownFacets(request.Facets);
        var query = FacetFilters.Apply(built.Query, facets);

        var sort = request.Sort;
        if (sort == SearchSort.Relevance && !built.HasText) sort = SearchSort.Newest;
        var wanted = page * pageSize;
        ITopDocsCollector top = sort switch
        {
            SearchSort.Newest => TopFieldCollector.Create(
                new Sort(new SortField(IndexFields.SortDate, SortFieldType.INT64, true), SortField.FIELD_SCORE), wanted, false, true, false, false),
            SearchSort.Oldest => TopFieldCollector.Create(
                new Sort(new SortField(IndexFields.SortDateOldestFirst, SortFieldType.INT64, false), SortField.FIELD_SCORE), wanted, false, true, false, false),
            _ => TopScoreDocCollector.Create(wanted, false),
        };
        var facetCollector = new FacetCollector(FacetFields);
        searcher.Search(query, MultiCollector.Wrap((ICollector)top, facetCollector));

        var total = top.TotalHits;
        var highlight = HighlightTerms.From(built.Query);
        var hits = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
            .Select(scoreDoc =>
            {
                var doc = searcher.Doc(scoreDoc.Doc, s_storedForHits);
                var body = doc.Get(IndexFields.Body) ?? "";
                var snippet = highlight.IsEmpty ? _snippets.Build(body, highlight, 1) : _snippets.Build(body, highlight);
                return new ExecutorHit(doc.Get(IndexFields.PublicId), doc.Get(IndexFields.Slug) ?? "", doc.Get(IndexFields.Title) ?? "",
                    doc.Get(IndexFields.Language) ?? "und", snippet, float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score);
            })
            .ToList();

        return new ExecutorResult(total, page, pageSize, hits, facetCollector.Results(facets), built.Expansions, built.Corrections,
            total == 0 || built.Corrections.Any(c => c.Applied || total < 3) ? built.DidYouMean : null, messages, highlight);
    }

    // Facet names from a URL are user input: only the index's facet fields are honoured.
    private static Dictionary<string, IReadOnlyList<string>>? KnownFacets(IReadOnlyDictionary<string, IReadOnlyList<string>>? facets) =>
        facets?.Where(kv => FacetFields.Contains(kv.Key) && kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}
