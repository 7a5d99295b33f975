using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Imports files and folders through the same ingestion as the seeds, in batches (one index commit each).
/// A folder's curation.json, when present, applies to its files. Bad files are rejected with a reason; the rest go on.</summary>
public sealed class BulkImporter(IServiceScopeFactory scopes, ArchiveIndex index, ILogger<BulkImporter> logger)
{
    public const int BatchSize = 200;
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".docx" };

    /// <summary>Lists what an import of these paths would read; missing paths and curation problems come back as rejections.</summary>
    public static ImportPlan Plan(IEnumerable<string> paths)
    {
        var files = new List<(string Path, CurationEntry? Curation)>();
        var rejected = new List<IngestResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var curationPath = System.IO.Path.Combine(path, CurationFile.FileName);
                var curation = File.Exists(curationPath) ? CurationFile.Load(curationPath) : CurationLoadResult.None;
                rejected.AddRange(curation.Problems.Select(p => IngestResult.Rejected(CurationFile.FileName, p)));
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, curation.Entries.GetValueOrDefault(System.IO.Path.GetFileName(f)))));
            }
            else if (File.Exists(path))
            {
                files.Add((path, null));
            }
            else
            {
                rejected.Add(IngestResult.Rejected(path, "no such file or folder."));
            }
        }
        return new ImportPlan(files, rejected);
    }

    public async Task<IReadOnlyList<IngestResult>> ImportAsync(ImportPlan plan, string actor, Action<int>? progress = null, CancellationToken ct = default)
    {
        var results = new List<IngestResult>(plan.Rejected);
        var timings = new IngestionTimings();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // One in-memory map of near-duplicate bands for the whole import instead of one index query per document.
        NearDuplicateBandMap bands;
        using (timings.Measure("band map"))
            bands = NearDuplicateBandMap.FromIndex(index);
        var addedShas = new Dictionary<string, string>(StringComparer.Ordinal);
        var batches = plan.Files.Chunk(int.TryParse(Environment.GetEnvironmentVariable("PA_BATCH"), out var b) ? b : BatchSize).ToList();

        // Storing a batch is mostly one thread (the store's transaction, the index commit) while preparing one is
        // parallel extraction: the next batch is prepared meanwhile, unless it names a file of this one again.
        Task<Prepared>? next = batches.Count > 0 ? PrepareAsync(batches[0], actor, timings, ct) : null;
        try
        {
            for (var i = 0; i < batches.Count; i++)
            {
                using var current = await next!;
                next = null;
                if (i + 1 < batches.Count)
                {
                    var following = batches[i + 1];
                    next = following.Any(f => current.Origins.Contains("import:" + System.IO.Path.GetFullPath(f.Path)))
                        ? null
                        : Task.Run(() => PrepareAsync(following, actor, timings, ct), ct);
                }
                results.AddRange(await current.Ingestion.StoreBatchAsync(current.Batch, bands, addedShas, ct));
                progress?.Invoke(current.Batch.Items.Count);
                next ??= i + 1 < batches.Count ? PrepareAsync(batches[i + 1], actor, timings, ct) : null;
            }
        }
        finally
        {
            if (next is not null)
            {
                try { (await next).Dispose(); }
                catch (Exception ex) when (ex is not OutOfMemoryException) { logger.LogDebug(ex, "A batch prepared ahead was dropped"); }
            }
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Imported {Files} files in {Seconds:F1} s ({PerSecond:F0} per second); time by phase (overlapping): {Timings}; garbage collections {Gen0}/{Gen1}/{Gen2}",
            plan.Files.Count, elapsed.TotalSeconds, plan.Files.Count / Math.Max(elapsed.TotalSeconds, 1e-3), timings,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        return results;
    }

    private async Task<Prepared> PrepareAsync((string Path, CurationEntry? Curation)[] batch, string actor, IngestionTimings timings, CancellationToken ct)
    {
        var scope = scopes.CreateScope();
        try
        {
            var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
            ingestion.Timings = timings;
            var inputs = new List<SourceInput>(batch.Length);
            using (timings.Measure("read"))
            {
                foreach (var (path, curation) in batch)
                {
                    var full = System.IO.Path.GetFullPath(path);
                    inputs.Add(new SourceInput(await File.ReadAllBytesAsync(full, ct), System.IO.Path.GetFileName(full), "import:" + full, actor, curation));
                }
            }
            return new Prepared(scope, ingestion, await ingestion.PrepareBatchAsync(inputs, ct));
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    /// <summary>A prepared batch with the scope (and store context) it must be stored on.</summary>
    private sealed class Prepared(IServiceScope scope, IngestionService ingestion, IngestionService.PreparedBatch batch) : IDisposable
    {
        public IngestionService Ingestion { get; } = ingestion;
        public IngestionService.PreparedBatch Batch { get; } = batch;
        public HashSet<string> Origins { get; } = batch.Origins.ToHashSet(StringComparer.Ordinal);

        public void Dispose() => scope.Dispose();
    }
}

public sealed record ImportPlan(IReadOnlyList<(string Path, CurationEntry? Curation)> Files, IReadOnlyList<IngestResult> Rejected);
