using Microsoft.Extensions.DependencyInjection;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Imports files and folders through the same ingestion as the seeds, in batches (one index commit each).
/// A folder's curation.json, when present, applies to its files. Bad files are rejected with a reason; the rest go on.</summary>
public sealed class BulkImporter(IServiceScopeFactory scopes)
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
        foreach (var batch in plan.Files.Chunk(BatchSize))
        {
            using var scope = scopes.CreateScope();
            var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
            var inputs = new List<SourceInput>(batch.Length);
            foreach (var (path, curation) in batch)
            {
                var full = System.IO.Path.GetFullPath(path);
                inputs.Add(new SourceInput(await File.ReadAllBytesAsync(full, ct), System.IO.Path.GetFileName(full), "import:" + full, actor, curation));
            }
            results.AddRange(await ingestion.IngestBatchAsync(inputs, ct));
            progress?.Invoke(batch.Length);
        }
        return results;
    }
}

public sealed record ImportPlan(IReadOnlyList<(string Path, CurationEntry? Curation)> Files, IReadOnlyList<IngestResult> Rejected);
