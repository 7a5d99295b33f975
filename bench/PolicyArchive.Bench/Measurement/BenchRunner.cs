using System.Diagnostics;
using PolicyArchive.Bench.Archive;
using PolicyArchive.Bench.Corpus;
using PolicyArchive.Bench.Engines;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Measurement;

/// <summary>
/// For each corpus size: generates the corpus, imports it into the archive and measures the archive (in-process,
/// over HTTP, under load, cold start, memory), then builds the other engines from the same file and asks them the
/// same queries. The archive comes first in every table, so ratios read "engine / archive".
/// </summary>
public sealed class BenchRunner(BenchOptions options, Action<string> log)
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromHours(1);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var wall = Stopwatch.StartNew();
        var loadAtStart = MachineInfo.LoadAverage();
        Directory.CreateDirectory(options.WorkDirectory);
        PostgresServer? server = null;
        try
        {
            var webDll = ArchiveApp.FindWebDll(options.RepositoryRoot);
            log($"Archive app: {webDll} ({(ArchiveApp.IsPublished(webDll) ? "published, ReadyToRun" : "build output, JIT at start")})");
            var postgres = options.PostgresConnectionString;
            if (postgres is null)
            {
                server = await PostgresServer.StartAsync(log, cancellationToken);
                postgres = server.ConnectionString;
            }

            var generator = new CorpusGenerator(options.SeedsDirectory, options.Seed);
            foreach (var (language, model) in generator.Models)
            {
                log($"Chain {language}: {model.Chain.SentenceCount} sentences, {model.Chain.TokenCount} tokens, {model.Chain.VocabularySize} distinct");
            }

            var sizes = new List<SizeResult>();
            foreach (var size in options.Sizes)
            {
                sizes.Add(await RunSizeAsync(generator, webDll, size, postgres, cancellationToken));
            }

            return new BenchReport(options.Mode, started, wall.Elapsed.TotalSeconds, MachineInfo.Describe(loadAtStart), options.Seed, options.Warmup, options.Repetitions, sizes);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            if (!options.KeepWorkDirectory && Directory.Exists(options.WorkDirectory))
            {
                Directory.Delete(options.WorkDirectory, recursive: true);
            }
        }
    }

    private async Task<SizeResult> RunSizeAsync(CorpusGenerator generator, string webDll, int size, string postgres, CancellationToken cancellationToken)
    {
        var corpusPath = Path.Combine(options.WorkDirectory, $"corpus-{size}.jsonl");
        var watch = Stopwatch.StartNew();
        var stats = CorpusFile.Write(corpusPath, generator.CreateMany(size));
        var corpus = new CorpusResult(watch.Elapsed.TotalSeconds, stats.Bytes, stats.LatinWords);
        log($"N={size:N0}: corpus {stats.Bytes / 1e6:F1} MB, {stats.LatinWords:N0} words, generated in {corpus.GenerateSeconds:F1} s");

        var engines = new List<EngineResult>();
        var archive = await MeasureArchiveAsync(webDll, corpusPath, size, engines, cancellationToken);

        await using (var sqlite = new SqliteFtsEngine(Path.Combine(options.WorkDirectory, $"sqlite-{size}")))
        {
            engines.Add(await BuildAndMeasureAsync(sqlite, corpusPath, size, cancellationToken));
        }

        await using (var pg = new PostgresFtsEngine(postgres))
        {
            engines.Add(await BuildAndMeasureAsync(pg, corpusPath, size, cancellationToken));
        }

        return new SizeResult(size, corpus, archive, engines);
    }

    private async Task<ArchiveResult> MeasureArchiveAsync(string webDll, string corpusPath, int size, List<EngineResult> engines, CancellationToken cancellationToken)
    {
        var root = Path.Combine(options.WorkDirectory, $"archive-{size}");
        var app = new ArchiveApp(webDll, Path.Combine(root, "data"), Path.Combine(root, "logs"));
        var sources = ArchiveImporter.WriteSourceFiles(corpusPath, Path.Combine(root, "sources"));
        var import = await ArchiveImporter.ImportAsync(app, sources, size, ImportTimeout, cancellationToken);
        Directory.Delete(sources, recursive: true);
        log($"  PolicyArchive: imported in {import.Seconds:F1} s ({import.DocsPerSecond:N0} docs/s), peak {import.PeakResidentBytes / 1e6:F0} MB, store {import.StoreBytes / 1e6:F1} MB + index {import.IndexBytes / 1e6:F1} MB");
        var onDisk = import.StoreBytes + import.IndexBytes;

        int indexed;
        EngineResult inProcessResult;

        // The in-process index holds the index's write lock, so it is closed before the server opens the index.
        using (var inProcess = new ArchiveInProcessEngine(Path.Combine(app.DataDirectory, "index")))
        {
            indexed = inProcess.IndexedDocuments;
            inProcessResult = await MeasureAsync(inProcess, import.Seconds, size, onDisk, cancellationToken);
        }

        await using var server = await ArchiveServer.StartAsync(app, QuerySet.Standard.First(q => q.Class == QueryClass.CommonTerm).Text, StartTimeout, cancellationToken);
        log($"  PolicyArchive: cold start to first search {server.ColdStartSeconds:F2} s, {indexed:N0} documents indexed");
        // The load tests run first and warm the server the way traffic would: a fresh process otherwise answers its first
        // few hundred searches with code not yet recompiled for speed, while the in-process engine runs in this process,
        // warm from every earlier size.
        var loads = new List<LoadResult>();
        foreach (var (endpoint, path) in new (string, Func<BenchQuery, string>)[] { ("/api/search", ArchiveHttpEngine.ApiPath), ("/search", ArchiveHttpEngine.PagePath) })
        {
            var load = await LoadGenerator.RunAsync(server.BaseAddress, endpoint, QuerySet.Standard.Select(path).ToList(), options.Concurrency, TimeSpan.FromSeconds(options.LoadSeconds), cancellationToken);
            log($"  PolicyArchive {endpoint} under load ({load.Concurrency} clients): {load.RequestsPerSecond:N0} req/s, median {load.Latency.MedianMs:F2} ms, p99 {load.Latency.P99Ms:F2} ms, {load.Errors} errors");
            loads.Add(load);
        }

        using (var http = new ArchiveHttpEngine(server.BaseAddress))
        {
            engines.Add(await MeasureAsync(http, import.Seconds, size, onDisk, cancellationToken));
        }

        engines.Add(inProcessResult);
        return new ArchiveResult(import, indexed, server.ColdStartSeconds, server.ResidentBytes, server.PeakResidentBytes, loads);
    }

    private async Task<EngineResult> BuildAndMeasureAsync(IIndexedEngine engine, string corpusPath, int size, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await engine.BuildAsync(corpusPath, cancellationToken);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var onDisk = await engine.OnDiskBytesAsync(cancellationToken);
        log($"  {engine.Name}: built in {buildSeconds:F1} s ({size / buildSeconds:N0} docs/s), {onDisk / 1e6:F1} MB on disk");
        return await MeasureAsync(engine, buildSeconds, size, onDisk, cancellationToken);
    }

    private async Task<EngineResult> MeasureAsync(ISearchEngine engine, double buildSeconds, int size, long onDisk, CancellationToken cancellationToken)
    {
        var queries = QuerySet.Standard;
        var outcomes = new Dictionary<BenchQuery, SearchOutcome>();
        for (var round = 0; round < options.Warmup; round++)
        {
            foreach (var query in queries)
            {
                outcomes[query] = await engine.SearchAsync(query, cancellationToken);
            }
        }

        var samples = queries.Select(q => q.Class).Distinct().ToDictionary(c => c, _ => new List<double>());
        for (var round = 0; round < options.Repetitions; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                outcomes[query] = await engine.SearchAsync(query, cancellationToken);
                samples[query.Class].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var classes = samples.Select(kv => new ClassResult(
                kv.Key,
                LatencySummary.From(kv.Value),
                queries.Where(q => q.Class == kv.Key).Select(q => Describe(q, outcomes[q])).ToList(),
                kv.Value.Select(v => Math.Round(v, 3)).ToList()))
            .ToList();
        var overall = LatencySummary.From(samples.Values.SelectMany(v => v).ToList());
        log($"  {engine.Name}: median {overall.MedianMs:F2} ms, p90 {overall.P90Ms:F2} ms, p99 {overall.P99Ms:F2} ms over {overall.Samples} searches");
        return new EngineResult(engine.Name, buildSeconds, size / buildSeconds, onDisk, overall, classes);
    }

    private static QueryResult Describe(BenchQuery query, SearchOutcome outcome) =>
        new(query.ToString(), outcome.Total, outcome.Hits.Count, outcome.Hits.FirstOrDefault()?.Snippet);
}
