namespace PolicyArchive.Core.Search;

/// <summary>Newest and Oldest order by the date a text was published. LastChanged orders by the last change to its
/// record (added, revised, re-tagged): what a search's feed follows; the results page does not offer it.</summary>
public enum SearchSort { Relevance, Newest, Oldest, LastChanged }

/// <param name="Query">The researcher's text, in the query language of the help page.</param>
/// <param name="Facets">Selected facet values by facet field (IndexFields.Language, .Publication, .Tag, .Author, .Year):
/// values of one field widen the results (OR), fields narrow them (AND).</param>
/// <param name="ExpandThesaurus">False when the researcher turned "also searched" off.</param>
public sealed record SearchRequest(
    string? Query,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance,
    bool ExpandThesaurus = true,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Facets = null)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;

    public int SafePage => Math.Clamp(Page, 1, MaxPage);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public bool HasFacets => Facets is not null && Facets.Any(kv => kv.Value.Count > 0);

    /// <summary>False for callers that use only which documents were found (the search feed, the export): their hits
    /// come without snippets, and the page's texts are not read from the store for them.</summary>
    public bool WithSnippets { get; init; } = true;
}
