using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search;

/// <summary>Runs a researcher's query against the index: parse, rank, page, snippet. No database round trip per hit.</summary>
public sealed class SearchService(ArchiveIndex index)
{
    private static readonly string[] SearchedFields = [IndexFields.Title, IndexFields.Body];
    private static readonly Dictionary<string, float> Boosts = new() { [IndexFields.Title] = 3f, [IndexFields.Body] = 1f };

    public SearchResults Search(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return SearchResults.Empty(request, "Type one or more words to search the archive.");

        Query query;
        try
        {
            var parser = new MultiFieldQueryParser(ArchiveAnalyzer.Version, SearchedFields, index.Analyzer, Boosts)
            {
                DefaultOperator = Operator.AND,
            };
            query = parser.Parse(request.Query);
        }
        catch (ParseException)
        {
            return SearchResults.Empty(request, "This search could not be read. Check quotes and brackets, or search for plain words.");
        }

        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var page = request.SafePage;
        var size = request.SafePageSize;
        var top = searcher.Search(query, page * size);
        var terms = QueryTerms(query);
        var hits = top.ScoreDocs.Skip((page - 1) * size).Select(sd =>
        {
            var doc = searcher.Doc(sd.Doc);
            var body = doc.Get(IndexFields.Body) ?? "";
            return new SearchHit(
                doc.Get(IndexFields.Id),
                doc.Get(IndexFields.Slug),
                doc.Get(IndexFields.Title),
                doc.Get(IndexFields.Language),
                sd.Score,
                SnippetBuilder.Build(index.Analyzer, IndexFields.Body, body, terms));
        }).ToList();
        return new SearchResults(top.TotalHits, hits, page, size);
    }

    private static HashSet<string> QueryTerms(Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Prefix and fuzzy queries have no fixed terms until rewritten; the snippet then shows the opening.
        }
        return terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }
}
