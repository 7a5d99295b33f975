using PolicyArchive.Core.Ingestion;
using Spectre.Console;

namespace PolicyArchive.Web.Commands;

/// <summary>Bulk import of files and folders through the same ingestion as the seeds, with a progress bar and a summary.</summary>
public static class ImportCommand
{
    private const int BatchSize = 200;
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] paths)
    {
        if (paths.Length == 0)
        {
            Console.Error.WriteLine("usage: import PATH...   (files or folders of .txt, .md, .html, .docx)");
            return 2;
        }
        var files = new List<string>();
        var results = new List<IngestResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                results.Add(IngestResult.Rejected(path, "no such file or folder."));
        }

        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Importing", maxValue: Math.Max(1, files.Count));
            foreach (var batch in files.Chunk(BatchSize))
            {
                using var scope = services.CreateScope();
                var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
                var inputs = new List<SourceInput>();
                foreach (var f in batch)
                {
                    var full = Path.GetFullPath(f);
                    inputs.Add(new SourceInput(await File.ReadAllBytesAsync(full), Path.GetFileName(full), "import:" + full, "import"));
                }
                results.AddRange(await ingestion.IngestBatchAsync(inputs));
                task.Increment(batch.Length);
            }
        });

        var table = new Table().AddColumn("Outcome").AddColumn("Count");
        foreach (var outcome in Enum.GetValues<IngestOutcome>())
            table.AddRow(outcome.ToString(), results.Count(r => r.Outcome == outcome).ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var r in results.Where(r => r.Outcome == IngestOutcome.Rejected))
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] {r.FileName}: {r.Reason}");
        return results.Any(r => r.Outcome == IngestOutcome.Rejected) ? 1 : 0;
    }
}
