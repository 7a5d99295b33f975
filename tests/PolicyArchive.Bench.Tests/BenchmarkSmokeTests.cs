using System.Text.Json;
using Xunit.Abstractions;
using PolicyArchive.Bench.Measurement;
using PolicyArchive.Bench.Queries;
using PolicyArchive.Bench.Reporting;

namespace PolicyArchive.Bench.Tests;

/// <summary>
/// Runs the whole benchmark at N = 1,000 with one repetition, as CI does, and checks that every figure is there.
/// No timing assertions: the machines are shared. PostgreSQL must start (the README's test command installs it);
/// when it cannot, the run throws with the reason and this test fails rather than skipping. Xapian runs when Debian's
/// python3-xapian is installed (the test command installs it); without it the run says why and leaves it out.
/// </summary>
public sealed class BenchmarkSmokeTests(ITestOutputHelper output)
{
    private static readonly string[] ArchiveAndSqlEngines = ["PolicyArchive HTTP", "PolicyArchive HTTP, as typed", "PolicyArchive in-process", "SQLite FTS5", "PostgreSQL FTS"];

    [Fact]
    public async Task Smoke_run_produces_every_figure_for_every_engine_and_query_class()
    {
        var folder = Directory.CreateTempSubdirectory("bench-smoke-out-").FullName;
        try
        {
            var options = BenchOptions.Parse(["--smoke", "--out", folder, "--work", Path.Combine(folder, "work")], TestPaths.RepositoryRoot);
            var report = await new BenchRunner(options, output.WriteLine).RunAsync(CancellationToken.None);
            ReportWriter.Write(report, folder);

            var json = await File.ReadAllTextAsync(Path.Combine(folder, ReportWriter.JsonFileName));
            var read = JsonSerializer.Deserialize<BenchReport>(json, ReportWriter.JsonOptions)!;
            var size = Assert.Single(read.Sizes);
            Assert.Equal(1_000, size.Documents);
            Assert.True(size.Corpus.Bytes > 0);
            string[] expectedEngines = read.XapianSkipped is null ? [.. ArchiveAndSqlEngines, "Xapian"] : ArchiveAndSqlEngines;
            if (read.XapianSkipped is not null)
            {
                output.WriteLine($"Xapian left out of this run: {read.XapianSkipped}");
            }

            Assert.Equal(expectedEngines, size.Engines.Select(e => e.Engine));

            var archive = size.Archive;
            Assert.Equal(1_000, archive.IndexedDocuments);
            AssertPositive(archive.Import.Seconds, "import seconds");
            AssertPositive(archive.Import.DocsPerSecond, "import docs/s");
            Assert.True(archive.Import.PeakResidentBytes > 0, "import peak memory");
            Assert.True(archive.Import.StoreBytes > 0 && archive.Import.IndexBytes > 0, "archive store and index sizes");
            AssertPositive(archive.ColdStartSeconds, "cold start seconds");

            // As deployed: the seeds' thesaurus expands its concepts, and the dictionaries were translating before any timing.
            Assert.True(archive.ThesaurusExpands, "the seeds' thesaurus did not expand 'export controls'");
            Assert.True(archive.ThesaurusConcepts > 0, $"thesaurus concepts: {archive.ThesaurusConcepts}");
            Assert.NotNull(archive.DictionariesReadySeconds);
            Assert.True(archive.ServerResidentBytes > 0 && archive.ServerPeakResidentBytes >= archive.ServerResidentBytes, "server resident memory");
            Assert.Equal(new[] { "/api/search", "/search" }, archive.Loads.Select(l => l.Endpoint));
            Assert.All(archive.Loads, load =>
            {
                Assert.True(load.Requests > 0, $"{load.Endpoint}: no requests");
                Assert.Equal(0, load.Errors);
                AssertPositive(load.RequestsPerSecond, $"{load.Endpoint} req/s");
                AssertLatency(load.Latency, $"{load.Endpoint} under load");
            });

            var allClasses = Enum.GetValues<QueryClass>();
            foreach (var engine in size.Engines)
            {
                AssertPositive(engine.BuildSeconds, $"{engine.Engine} build seconds");
                AssertPositive(engine.DocsPerSecond, $"{engine.Engine} docs/s");
                Assert.True(engine.OnDiskBytes > 0, $"{engine.Engine} on-disk size");
                AssertLatency(engine.Overall, $"{engine.Engine} overall");
                Assert.Equal(allClasses, engine.Classes.Select(c => c.Class).Order());
                foreach (var queryClass in engine.Classes)
                {
                    AssertLatency(queryClass.Latency, $"{engine.Engine} {queryClass.Class}");
                    Assert.Equal(queryClass.Queries.Count * options.Repetitions, queryClass.SamplesMs.Count);
                }

                // The common-term queries match most documents in every engine; a zero would mean a broken build.
                Assert.All(engine.Classes.Single(c => c.Class == QueryClass.CommonTerm).Queries, q =>
                {
                    Assert.True(q.Total > 100, $"{engine.Engine}: '{q.Query}' matched {q.Total}");
                    Assert.Equal(10, q.Hits);
                    Assert.False(string.IsNullOrWhiteSpace(q.FirstSnippet), $"{engine.Engine}: '{q.Query}' has no snippet");

                    // /api/search returns the snippet as plain text; every other engine marks the matched words.
                    if (!engine.Engine.StartsWith("PolicyArchive HTTP", StringComparison.Ordinal))
                    {
                        Assert.Contains("<mark>", q.FirstSnippet);
                    }
                });
            }

            // The archive on PostgreSQL: imported, searched, and every save on node A found on node B.
            var onPostgres = size.PostgresArchive;
            Assert.NotNull(onPostgres);
            Assert.Equal(1_000, onPostgres.Documents);
            AssertPositive(onPostgres.Import.DocsPerSecond, "PostgreSQL import docs/s");
            Assert.True(onPostgres.DatabaseBytes > 0 && onPostgres.Import.IndexBytes > 0, "PostgreSQL database and index sizes");
            AssertLatency(onPostgres.Search.Overall, "archive on PostgreSQL");
            Assert.All(onPostgres.Search.Classes.Single(c => c.Class == QueryClass.CommonTerm).Queries, q => Assert.True(q.Total > 100, $"on PostgreSQL: '{q.Query}' matched {q.Total}"));
            AssertPositive(onPostgres.NodeBReadySeconds, "node B ready seconds");
            Assert.Equal(options.LagSaves, onPostgres.Saves);
            Assert.Equal(0, onPostgres.LagMissed);
            Assert.Equal(options.LagSaves, onPostgres.LagSamplesMs.Count);
            AssertLatency(onPostgres.Lag!, "cross-node lag");

            var markdown = await File.ReadAllTextAsync(Path.Combine(folder, ReportWriter.MarkdownFileName));
            Assert.Contains("## Machine", markdown);
            Assert.Contains("## The archive on PostgreSQL", markdown);
            Assert.Contains("## Targets", markdown);
            Assert.Contains("## Ratios", markdown);
            Assert.All(allClasses, c => Assert.Contains($"| {c} |", markdown));
            Assert.All(expectedEngines, e => Assert.Contains(e, markdown));
            foreach (var plot in new[] { "latency-by-size.svg", "latency-by-class.svg" })
            {
                var svg = await File.ReadAllTextAsync(Path.Combine(folder, ReportWriter.PlotsFolder, plot));
                Assert.StartsWith("<svg", svg);
                Assert.DoesNotContain("NaN", svg);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertLatency(LatencySummary latency, string what)
    {
        Assert.True(latency.Samples > 0, $"{what}: no samples");
        foreach (var (name, value) in new[] { ("median", latency.MedianMs), ("p90", latency.P90Ms), ("p99", latency.P99Ms), ("mean", latency.MeanMs) })
        {
            AssertPositive(value, $"{what} {name}");
        }

        Assert.True(latency.MedianMs <= latency.P90Ms && latency.P90Ms <= latency.P99Ms, $"{what}: percentiles out of order");
    }

    private static void AssertPositive(double value, string what) =>
        Assert.True(double.IsFinite(value) && value > 0, $"{what} is {value}");
}
