using System.Diagnostics;
using PolicyArchive.Bench.Corpus;
using PolicyArchive.Bench.Engines;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Measurement;

/// <summary>Generates each corpus size, builds every engine from it and times the same queries on each.</summary>
public sealed class BenchRunner(BenchOptions options, Action<string> log)
{
    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var wall = Stopwatch.StartNew();
        Directory.CreateDirectory(options.WorkDirectory);
        PostgresServer? server = null;
        try
        {
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
                sizes.Add(await RunSizeAsync(generator, size, postgres, cancellationToken));
            }

            return new BenchReport(options.Mode, started, wall.Elapsed.TotalSeconds, MachineInfo.Describe(), options.Seed, options.Warmup, options.Repetitions, sizes);
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

    private async Task<SizeResult> RunSizeAsync(CorpusGenerator generator, int size, string postgres, CancellationToken cancellationToken)
    {
        var corpusPath = Path.Combine(options.WorkDirectory, $"corpus-{size}.jsonl");
        var watch = Stopwatch.StartNew();
        var stats = CorpusFile.Write(corpusPath, generator.CreateMany(size));
        var corpus = new CorpusResult(watch.Elapsed.TotalSeconds, stats.Bytes, stats.LatinWords);
        log($"N={size:N0}: corpus {stats.Bytes / 1e6:F1} MB, {stats.LatinWords:N0} words, generated in {corpus.GenerateSeconds:F1} s");

        var engines = new List<EngineResult>();
        await using (var sqlite = new SqliteFtsEngine(Path.Combine(options.WorkDirectory, $"sqlite-{size}")))
        {
            engines.Add(await MeasureAsync(sqlite, corpusPath, size, cancellationToken));
        }

        await using (var pg = new PostgresFtsEngine(postgres))
        {
            engines.Add(await MeasureAsync(pg, corpusPath, size, cancellationToken));
        }

        return new SizeResult(size, corpus, engines);
    }

    private async Task<EngineResult> MeasureAsync(ISearchEngine engine, string corpusPath, int size, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await engine.BuildAsync(corpusPath, cancellationToken);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var onDisk = await engine.OnDiskBytesAsync(cancellationToken);
        log($"  {engine.Name}: built in {buildSeconds:F1} s ({size / buildSeconds:N0} docs/s), {onDisk / 1e6:F1} MB on disk");

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
