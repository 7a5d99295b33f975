using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Engines;

/// <summary>Something that answers the benchmark's queries.</summary>
public interface ISearchEngine
{
    string Name { get; }

    /// <summary>Top 10 by the engine's own relevance, each with a highlighted snippet, plus the total match count.</summary>
    Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken);
}

/// <summary>An engine the benchmark builds itself from the corpus file, then asks the same queries as the others.</summary>
public interface IIndexedEngine : ISearchEngine, IAsyncDisposable
{
    /// <summary>Loads every document of the corpus and builds the index; the caller times it.</summary>
    Task BuildAsync(string corpusPath, CancellationToken cancellationToken);

    /// <summary>Bytes of store and index on disk after the build.</summary>
    Task<long> OnDiskBytesAsync(CancellationToken cancellationToken);
}

public sealed record SearchHit(long Id, string Title, string Snippet, double Score);

public sealed record SearchOutcome(long Total, IReadOnlyList<SearchHit> Hits);
