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
    IReadOnlyList<SizeResult> Sizes);

public sealed record SizeResult(int Documents, CorpusResult Corpus, ArchiveResult Archive, IReadOnlyList<EngineResult> Engines);

/// <summary>The archive's own figures beyond query latency: import, cold start, memory, throughput under load.</summary>
public sealed record ArchiveResult(
    ImportResult Import,
    int IndexedDocuments,
    double ColdStartSeconds,
    long ServerResidentBytes,
    long ServerPeakResidentBytes,
    IReadOnlyList<LoadResult> Loads);

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
