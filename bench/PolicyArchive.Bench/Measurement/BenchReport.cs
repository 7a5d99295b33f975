using PolicyArchive.Bench.Archive;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Measurement;

/// <summary>Every figure of one run; serialised as benchmarks.json and rendered into benchmarks.md.</summary>
public sealed record BenchReport(
    string Mode,
    DateTimeOffset StartedUtc,
    double WallSeconds,
    MachineInfo Machine,
    int Seed,
    int Warmup,
    int Repetitions,
    IReadOnlyList<SizeResult> Sizes)
{
    /// <summary>Why Xapian is missing from this run, or null when it ran.</summary>
    public string? XapianSkipped { get; init; }
}

/// <param name="PostgresArchive">The archive on PostgreSQL at this N, when this is the N chosen for it.</param>
public sealed record SizeResult(int Documents, CorpusResult Corpus, ArchiveResult Archive, IReadOnlyList<EngineResult> Engines, PostgresArchiveResult? PostgresArchive = null);

/// <summary>The archive's own figures beyond query latency: import, cold start, memory, throughput under load.</summary>
public sealed record ArchiveResult(
    ImportResult Import,
    int IndexedDocuments,
    double ColdStartSeconds,
    long ServerResidentBytes,
    long ServerPeakResidentBytes,
    IReadOnlyList<LoadResult> Loads)
{
    /// <summary>Concepts the server said it loaded ("Thesaurus loaded: N concepts"); null if its log did not say.</summary>
    public int? ThesaurusConcepts { get; init; }

    /// <summary>Whether a query the seeds' thesaurus names came back expanded by it.</summary>
    public bool ThesaurusExpands { get; init; }

    /// <summary>Seconds from process start until a search was translated by the dictionaries (they load in the
    /// background after start); null if that did not happen within the wait, and then the figures are without them.</summary>
    public double? DictionariesReadySeconds { get; init; }

    /// <summary>Sequential `/api/search` over queries asked once each (<see cref="Queries.QuerySet.FirstTime"/>), after all
    /// the other measurements: what a query nobody asked before costs, with no remembered analysis to reuse.</summary>
    public LatencySummary? FirstTimeQueries { get; init; }
}

/// <summary>The archive on a PostgreSQL store (Archive:Store=PostgreSQL): the import command, one node's searches,
/// and a second node, started later with an empty data directory, following the first one's saves.</summary>
/// <param name="DatabaseBytes">pg_database_size of the archive's database after the import.</param>
/// <param name="NodeBReadySeconds">Node B from process start to /healthz 200: its index built from the store.</param>
/// <param name="Lag">From each save's answer on node A to its first hit on node B's /api/search.</param>
/// <param name="SaveLatency">Each save on node A: GET of the form, then its POST.</param>
public sealed record PostgresArchiveResult(
    int Documents,
    ImportResult Import,
    long DatabaseBytes,
    double ColdStartSeconds,
    double? DictionariesReadySeconds,
    EngineResult Search,
    double NodeBReadySeconds,
    int Saves,
    int LagMissed,
    double LagPollMs,
    LatencySummary? Lag,
    LatencySummary SaveLatency,
    IReadOnlyList<double> LagSamplesMs);

public sealed record CorpusResult(double GenerateSeconds, long Bytes, long LatinWords);

public sealed record EngineResult(
    string Engine,
    double BuildSeconds,
    double DocsPerSecond,
    long OnDiskBytes,
    LatencySummary Overall,
    IReadOnlyList<ClassResult> Classes);

public sealed record ClassResult(QueryClass Class, LatencySummary Latency, IReadOnlyList<QueryResult> Queries, IReadOnlyList<double> SamplesMs);

public sealed record QueryResult(string Query, long Total, int Hits, string? FirstSnippet);
