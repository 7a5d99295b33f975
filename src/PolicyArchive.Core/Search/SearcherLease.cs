using Lucene.Net.Search;

namespace PolicyArchive.Core.Search;

/// <summary>A searcher acquired from the SearcherManager, released on dispose.</summary>
public readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
