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
/// <param name="afterEachSize">Given the report so far after each N: a long run that must be stopped still leaves the
/// complete figures of the sizes it finished.</param>
public sealed class BenchRunner(BenchOptions options, Action<string> log, Action<BenchReport>? afterEachSize = null)
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromHours(1);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DictionaryWait = TimeSpan.FromSeconds(90);

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

            var xapianSkipped = await XapianEngine.UnavailableReasonAsync(XapianScript, cancellationToken);
            if (xapianSkipped is not null)
            {
                log($"Xapian skipped: {xapianSkipped}");
            }

            var generator = new CorpusGenerator(options.SeedsDirectory, options.Seed);
            foreach (var (language, model) in generator.Models)
            {
                log($"Chain {language}: {model.Chain.SentenceCount} sentences, {model.Chain.TokenCount} tokens, {model.Chain.VocabularySize} distinct");
            }

            var sizes = new List<SizeResult>();
            foreach (var size in options.Sizes)
            {
                sizes.Add(await RunSizeAsync(generator, webDll, size, postgres, xapianSkipped is null, cancellationToken));
                afterEachSize?.Invoke(Report(sizes, xapianSkipped, started, wall, loadAtStart));
                if (xapianSkipped is null && size > options.XapianMaxSize)
                {
                    log($"Xapian not run at N = {size:N0} (--xapian-max-size {options.XapianMaxSize:N0})");
                }
            }

            // The archive on PostgreSQL comes last, over the corpus of its N (kept until now): its import is the part of the
            // run whose time is least known, and everything before it is already written when it starts.
            var onPostgresAt = sizes.FindIndex(s => s.Documents == options.PostgresArchiveSize);
            if (onPostgresAt >= 0)
            {
                var size = options.PostgresArchiveSize;
                log($"N={size:N0}: the archive on PostgreSQL");
                var onPostgres = await MeasureArchiveOnPostgresAsync(webDll, CorpusPath(size), size, postgres, cancellationToken);
                sizes[onPostgresAt] = sizes[onPostgresAt] with { PostgresArchive = onPostgres };
                afterEachSize?.Invoke(Report(sizes, xapianSkipped, started, wall, loadAtStart));
            }

            return Report(sizes, xapianSkipped, started, wall, loadAtStart);
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

    private BenchReport Report(List<SizeResult> sizes, string? xapianSkipped, DateTimeOffset started, Stopwatch wall, double loadAtStart) =>
        new(options.Mode, started, wall.Elapsed.TotalSeconds, MachineInfo.Describe(loadAtStart), options.Seed, options.Warmup, options.Repetitions, sizes.ToList())
        {
            XapianSkipped = xapianSkipped ?? (sizes.Any(s => s.Documents > options.XapianMaxSize)
                ? $"not run above N = {options.XapianMaxSize:N0} in this run (--xapian-max-size), to fit the run in its time"
                : null),
        };

    private string CorpusPath(int size) => Path.Combine(options.WorkDirectory, $"corpus-{size}.jsonl");

    private string XapianScript => Path.Combine(options.RepositoryRoot, "bench", "xapian_engine.py");

    private string ThesaurusFile => Path.Combine(options.SeedsDirectory, "thesaurus.json");

    private async Task<SizeResult> RunSizeAsync(CorpusGenerator generator, string webDll, int size, string postgres, bool withXapian, CancellationToken cancellationToken)
    {
        var corpusPath = CorpusPath(size);
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

        if (withXapian && size <= options.XapianMaxSize)
        {
            var xapianDirectory = Path.Combine(options.WorkDirectory, $"xapian-{size}");
            await using (var xapian = new XapianEngine(XapianScript, xapianDirectory))
            {
                engines.Add(await BuildAndMeasureAsync(xapian, corpusPath, size, cancellationToken));
            }

            Directory.Delete(xapianDirectory, recursive: true);
        }

        if (size != options.PostgresArchiveSize)
        {
            File.Delete(corpusPath);
        }

        return new SizeResult(size, corpus, archive, engines);
    }

    private async Task<ArchiveResult> MeasureArchiveAsync(string webDll, string corpusPath, int size, List<EngineResult> engines, CancellationToken cancellationToken)
    {
        var root = Path.Combine(options.WorkDirectory, $"archive-{size}");
        var app = new ArchiveApp(webDll, Path.Combine(root, "data"), Path.Combine(root, "logs"), options.SeedsDirectory);
        var sources = ArchiveImporter.WriteSourceFiles(corpusPath, Path.Combine(root, "sources"));
        var import = await ArchiveImporter.ImportAsync(app, sources, size, ImportTimeout, cancellationToken);
        Directory.Delete(sources, recursive: true);
        log($"  PolicyArchive: imported in {import.Seconds:F1} s ({import.DocsPerSecond:N0} docs/s), peak {import.PeakResidentBytes / 1e6:F0} MB, store {import.StoreBytes / 1e6:F1} MB + index {import.IndexBytes / 1e6:F1} MB");
        var onDisk = import.StoreBytes + import.IndexBytes;

        int indexed;
        EngineResult inProcessResult;

        // The in-process index holds the index's write lock, so it is closed before the server opens the index.
        using (var inProcess = new ArchiveInProcessEngine(app.DataDirectory, ThesaurusFile))
        {
            indexed = inProcess.IndexedDocuments;
            inProcessResult = await MeasureAsync(inProcess, import.Seconds, size, onDisk, cancellationToken);
        }

        await using var server = await ArchiveServer.StartAsync(app, QuerySet.Standard.First(q => q.Class == QueryClass.CommonTerm).Text, StartTimeout, cancellationToken);
        log($"  PolicyArchive: cold start to first search {server.ColdStartSeconds:F2} s, {indexed:N0} documents indexed");
        var dictionaries = await server.WaitForDictionariesAsync(DictionaryWait, cancellationToken);
        var concepts = app.ThesaurusConcepts("server");
        if (app.ResultCacheHits("server") is not 0)
            throw new InvalidOperationException("The archive's result cache is not off (its log does not say 'Search result cache: 0 hits'): the figures would measure the cache, not the search.");
        var thesaurusExpands = await server.ThesaurusExpandsAsync(cancellationToken);
        log($"  PolicyArchive: thesaurus {concepts?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} concepts (expands '{ArchiveServer.ThesaurusProbe}': {thesaurusExpands}), " +
            (dictionaries is { } d ? $"dictionaries translating {d:F1} s after start" : $"dictionaries NOT translating after {DictionaryWait.TotalSeconds:0} s"));

        // A fresh process answers its first few thousand searches with code not yet recompiled for speed (the in-process
        // engine runs in this process, warm from every earlier size; wrk against a fresh server saw 9, 22, then 49
        // searches/s over its first half minute): the same load, unmeasured, runs in windows until two in a row agree
        // within 10%, so the load figures are the server's steady state, not its first seconds.
        var warmup = await WarmUpAsync(server.BaseAddress, cancellationToken);
        log($"  PolicyArchive: warmed up under load for {warmup.Seconds:F0} s ({string.Join(", ", warmup.Rates.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} req/s per window)");
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

        using (var asTyped = new ArchiveHttpEngine(server.BaseAddress, ArchiveHttpEngine.AsTypedName, ArchiveHttpEngine.AsTyped))
        {
            engines.Add(await MeasureAsync(asTyped, import.Seconds, size, onDisk, cancellationToken));
        }

        var firstTime = await FirstTimeQueriesAsync(server.BaseAddress, cancellationToken);
        log($"  PolicyArchive HTTP, first-time queries: median {firstTime.MedianMs:F2} ms, p99 {firstTime.P99Ms:F2} ms over {firstTime.Samples}");
        engines.Add(inProcessResult);
        return new ArchiveResult(import, indexed, server.ColdStartSeconds, server.ResidentBytes, server.PeakResidentBytes, loads)
        {
            FirstTimeQueries = firstTime,
            ThesaurusConcepts = concepts,
            ThesaurusExpands = thesaurusExpands,
            DictionariesReadySeconds = dictionaries,
        };
    }

    private async Task<LatencySummary> FirstTimeQueriesAsync(Uri server, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var samples = new List<double>();
        foreach (var text in QuerySet.FirstTime(options.Mode == "smoke" ? 10 : 100))
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(text)}&pageSize=10", cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return LatencySummary.From(samples);
    }

    /// <summary>The archive with Archive:Store=PostgreSQL on its own database of the benchmark's PostgreSQL server: the
    /// import command, node A's searches, then node B (own data directory, empty) and the lag of A's saves on B.</summary>
    private async Task<PostgresArchiveResult> MeasureArchiveOnPostgresAsync(string webDll, string corpusPath, int size, string postgres, CancellationToken cancellationToken)
    {
        var database = $"bench_archive_{size}";
        await using (var admin = Npgsql.NpgsqlDataSource.Create(postgres))
        {
            await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {database}");
            await drop.ExecuteNonQueryAsync(cancellationToken);
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = database, CommandTimeout = 600 }.ConnectionString;
        var settings = new Dictionary<string, string> { ["Archive__Store"] = "PostgreSQL", ["ConnectionStrings__Archive"] = connection };
        var root = Path.Combine(options.WorkDirectory, $"archive-pg-{size}");
        var nodeA = new ArchiveApp(webDll, Path.Combine(root, "a", "data"), Path.Combine(root, "a", "logs"), options.SeedsDirectory, settings);
        var sources = ArchiveImporter.WriteSourceFiles(corpusPath, Path.Combine(root, "sources"));
        var import = await ArchiveImporter.ImportAsync(nodeA, sources, size, ImportTimeout, cancellationToken);
        Directory.Delete(sources, recursive: true);
        long databaseBytes;
        await using (var sizeSource = Npgsql.NpgsqlDataSource.Create(connection))
        {
            await using var command = sizeSource.CreateCommand("SELECT pg_database_size(current_database())");
            databaseBytes = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        log($"  PolicyArchive on PostgreSQL: imported in {import.Seconds:F1} s ({import.DocsPerSecond:N0} docs/s), database {databaseBytes / 1e6:F1} MB + index {import.IndexBytes / 1e6:F1} MB");

        await using var serverA = await ArchiveServer.StartAsync(nodeA, QuerySet.Standard.First(q => q.Class == QueryClass.CommonTerm).Text, StartTimeout, cancellationToken);
        var dictionaries = await serverA.WaitForDictionariesAsync(DictionaryWait, cancellationToken);
        log($"  PolicyArchive on PostgreSQL: node A cold start to first search {serverA.ColdStartSeconds:F2} s, dictionaries after {dictionaries:F1} s");
        EngineResult search;
        using (var http = new ArchiveHttpEngine(serverA.BaseAddress, "PolicyArchive HTTP on PostgreSQL"))
        {
            // The SQLite server was warmed by its load tests; this one gets the same number of warm-up rounds as the others, plus two.
            search = await MeasureAsync(http, import.Seconds, size, databaseBytes + import.IndexBytes, cancellationToken, extraWarmup: 2);
        }

        var nodeB = new ArchiveApp(webDll, Path.Combine(root, "b", "data"), Path.Combine(root, "b", "logs"), options.SeedsDirectory, settings);
        var (serverB, readySeconds) = await ArchiveServer.StartHealthyAsync(nodeB, "server", StartTimeout + ImportTimeout, cancellationToken);
        await using (serverB)
        {
            log($"  PolicyArchive on PostgreSQL: node B (empty data directory) ready in {readySeconds:F1} s");
            var samples = await CrossNodeLag.RunAsync(serverA.BaseAddress, serverB.BaseAddress, options.LagSaves, cancellationToken);
            var lag = samples.LagMs.Count > 0 ? LatencySummary.From(samples.LagMs) : null;
            log($"  Cross-node lag over {options.LagSaves} saves: median {lag?.MedianMs:F1} ms, p99 {lag?.P99Ms:F1} ms, {samples.Missed} not seen within 30 s");
            return new PostgresArchiveResult(size, import, databaseBytes, serverA.ColdStartSeconds, dictionaries, search, readySeconds,
                options.LagSaves, samples.Missed, CrossNodeLag.PollInterval.TotalMilliseconds, lag, LatencySummary.From(samples.SaveMs),
                samples.LagMs.Select(v => Math.Round(v, 2)).ToList());
        }
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

    private async Task<EngineResult> MeasureAsync(ISearchEngine engine, double buildSeconds, int size, long onDisk, CancellationToken cancellationToken, int extraWarmup = 0)
    {
        var queries = QuerySet.Standard;
        var outcomes = new Dictionary<BenchQuery, SearchOutcome>();
        var warming = Stopwatch.StartNew();
        var roundSeconds = 0.0;
        for (var round = 0; round < options.Warmup + extraWarmup; round++)
        {
            var roundStart = warming.Elapsed.TotalSeconds;
            foreach (var query in queries)
            {
                outcomes[query] = await engine.SearchAsync(query, cancellationToken);
            }

            roundSeconds = warming.Elapsed.TotalSeconds - roundStart;
            if (warming.Elapsed.TotalSeconds > options.MeasureBudgetSeconds / 2)
            {
                break;
            }
        }

        // An engine that takes seconds per round of queries (PostgreSQL at 100,000 documents) gets fewer rounds, never fewer than three.
        var rounds = roundSeconds > 0
            ? Math.Clamp((int)(options.MeasureBudgetSeconds / roundSeconds), Math.Min(3, options.Repetitions), options.Repetitions)
            : options.Repetitions;
        var samples = queries.Select(q => q.Class).Distinct().ToDictionary(c => c, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
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

    /// <summary>Unmeasured load in windows of up to 5 s until two windows in a row agree within 10% (at most six load
    /// durations: 60 s in a full run).</summary>
    private async Task<(double Seconds, List<double> Rates)> WarmUpAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(Math.Min(options.LoadSeconds, 5));
        var limit = TimeSpan.FromSeconds(Math.Min(60, 6 * options.LoadSeconds));
        var paths = QuerySet.Standard.Select(ArchiveHttpEngine.ApiPath).ToList();
        var rates = new List<double>();
        var spent = TimeSpan.Zero;
        while (spent < limit)
        {
            var load = await LoadGenerator.RunAsync(baseAddress, "warm-up", paths, options.Concurrency, window, cancellationToken);
            spent += window;
            rates.Add(load.RequestsPerSecond);
            if (rates.Count >= 2 && Math.Abs(rates[^1] - rates[^2]) <= 0.1 * Math.Max(rates[^1], rates[^2])) break;
        }
        return (spent.TotalSeconds, rates);
    }
}
