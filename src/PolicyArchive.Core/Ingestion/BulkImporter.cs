using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Imports files and folders through the same ingestion as the seeds, in batches (one store transaction and one change-log entry each).
/// A folder's curation.json, when present, applies to its files. Bad files are rejected with a reason; the rest go on.</summary>
public sealed class BulkImporter(IServiceScopeFactory scopes, ArchiveIndex index, ArchiveChanges changes, ILogger<BulkImporter> logger)
{
    // The last change this import stored, which it waits to see indexed; imports run one batch after another.
    private long _lastChange;

    /// <summary>Files per batch (one store transaction, one change-log entry and so one index commit each). 1,000 rather than 200 took a fifth
    /// less CPU time over 2,000 generated documents (fewer commits, searcher refreshes and small segments); 2,000 was
    /// no faster and held more memory.</summary>
    public const int BatchSize = 1000;
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
        _lastChange = 0;
        foreach (var batch in plan.Files.Chunk(BatchSize))
        {
            var inputs = new List<SourceInput>(batch.Length);
            using (timings.Measure("read"))
            {
                foreach (var (path, curation) in batch)
                {
                    var full = System.IO.Path.GetFullPath(path);
                    try
                    {
                        inputs.Add(new SourceInput(await File.ReadAllBytesAsync(full, ct), System.IO.Path.GetFileName(full), "import:" + full, actor, curation));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        results.Add(Rejected(System.IO.Path.GetFileName(full), "the file cannot be read: " + e.Message));
                    }
                }
            }
            // Files advance as they are parsed; those the batch settles without parsing (unreadable, unchanged) at its end.
            var parsed = 0;
            Action? fileParsed = progress is null ? null : () => { Interlocked.Increment(ref parsed); progress(1); };
            results.AddRange(await IngestAsync(inputs, bands, timings, fileParsed, ct));
            progress?.Invoke(Math.Max(0, batch.Length - Volatile.Read(ref parsed)));
        }
        // Like an editor's save, an import returns once its documents are searchable in this process (bounded).
        using (timings.Measure("index"))
        {
            if (_lastChange > 0 && !await changes.WaitUntilSearchableAsync(_lastChange, TimeSpan.FromMinutes(2), ct))
                logger.LogInformation("The import is stored; the index takes it in behind (change {Sequence})", _lastChange);
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Imported {Files} files in {Seconds:F1} s ({PerSecond:F0} per second); time by phase: {Timings}; garbage collections {Gen0}/{Gen1}/{Gen2}",
            plan.Files.Count, elapsed.TotalSeconds, plan.Files.Count / Math.Max(elapsed.TotalSeconds, 1e-3), timings,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        return results;
    }

    /// <summary>A batch in one transaction; when something unforeseen fails it, each file is tried on its own, so one bad
    /// file is one rejection and never the end of the import.</summary>
    private async Task<IReadOnlyList<IngestResult>> IngestAsync(List<SourceInput> inputs, NearDuplicateBandMap bands, IngestionTimings timings, Action? fileParsed, CancellationToken ct)
    {
        try
        {
            return await IngestInScopeAsync(inputs, bands, timings, fileParsed, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && inputs.Count > 1)
        {
            logger.LogWarning(e, "A batch of {Count} files failed; importing its files one by one", inputs.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Import of {File} failed", inputs[0].FileName);
            return [Rejected(inputs[0].FileName, ImportFailed)];
        }
        var results = new List<IngestResult>(inputs.Count);
        foreach (var input in inputs)
        {
            try
            {
                results.AddRange(await IngestInScopeAsync([input], bands, timings, null, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Import of {File} failed", input.FileName);
                results.Add(Rejected(input.FileName, ImportFailed));
            }
        }
        return results;
    }

    private async Task<IReadOnlyList<IngestResult>> IngestInScopeAsync(List<SourceInput> inputs, NearDuplicateBandMap bands, IngestionTimings timings, Action? fileParsed, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        ingestion.Timings = timings;
        ingestion.FileParsed = fileParsed;
        var results = await ingestion.IngestBatchAsync(inputs, bands, ct);
        _lastChange = Math.Max(_lastChange, scope.ServiceProvider.GetRequiredService<Documents.ArchiveDbContext>().LastChangeSequence ?? 0);
        return results;
    }

    /// <summary>Said of a file whose import failed in the store or the index: the cause is in the log, not for the editor.</summary>
    public const string ImportFailed = "the file could not be imported (the archive's log says why); nothing of it was saved.";

    private IngestResult Rejected(string? fileName, string reason)
    {
        logger.LogWarning("Import rejected {File}: {Reason}", fileName, reason);
        return IngestResult.Rejected(fileName, reason);
    }
}

public sealed record ImportPlan(IReadOnlyList<(string Path, CurationEntry? Curation)> Files, IReadOnlyList<IngestResult> Rejected);
