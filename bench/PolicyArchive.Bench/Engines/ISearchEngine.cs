using PolicyArchive.Bench.Corpus;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Engines;

/// <summary>An engine under test: built once from a corpus file, then asked the same queries as the others.</summary>
public interface ISearchEngine : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Loads every document of the corpus and builds the index; the caller times it.</summary>
    Task BuildAsync(string corpusPath, CancellationToken cancellationToken);

    /// <summary>Top 10 by the engine's own relevance, each with a highlighted snippet, plus the total match count.</summary>
    Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken);

    /// <summary>Bytes of store and index on disk after the build.</summary>
    Task<long> OnDiskBytesAsync(CancellationToken cancellationToken);
}

public sealed record SearchHit(long Id, string Title, string Snippet, double Score);

public sealed record SearchOutcome(long Total, IReadOnlyList<SearchHit> Hits);
