using PolicyArchive.Bench.Engines;
using PolicyArchive.Bench.Queries;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Bench.Archive;

/// <summary>The archive's own SearchService over the index the import built, in this process (no HTTP).</summary>
public sealed class ArchiveInProcessEngine(string indexDirectory) : ISearchEngine, IDisposable
{
    private readonly ArchiveIndex _index = new(indexDirectory);
    private SearchService? _search;

    public string Name => "PolicyArchive in-process";

    public int IndexedDocuments => _index.DocumentCount;

    public Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        _search ??= new SearchService(_index);
        var results = _search.Search(new SearchRequest(query.Text, 1, 10));
        var hits = results.Hits.Select((h, i) => new Engines.SearchHit(i, h.Title, Highlighted(h.Snippet), h.Score)).ToList();
        return Task.FromResult(new SearchOutcome(results.Total, hits));
    }

    public void Dispose() => _index.Dispose();

    private static string Highlighted(IReadOnlyList<SnippetSegment> segments) =>
        string.Concat(segments.Select(s => s.Highlighted ? $"<mark>{s.Text}</mark>" : s.Text));
}
