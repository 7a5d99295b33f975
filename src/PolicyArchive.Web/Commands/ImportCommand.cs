using PolicyArchive.Core.Ingestion;
using Spectre.Console;

namespace PolicyArchive.Web.Commands;

/// <summary>`import PATH...`: the bulk importer with a progress bar on a terminal and a summary.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] paths)
    {
        if (paths.Length == 0)
        {
            Console.Error.WriteLine("usage: import PATH...   (files or folders of .txt, .md, .html, .docx; a folder's curation.json applies)");
            return 2;
        }
        var importer = services.GetRequiredService<BulkImporter>();
        var plan = BulkImporter.Plan(paths);
        IReadOnlyList<IngestResult> results = [];
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Importing", maxValue: Math.Max(1, plan.Files.Count));
            results = await importer.ImportAsync(plan, "import", n => task.Increment(n));
        });

        var table = new Table().AddColumn("Outcome").AddColumn("Count");
        foreach (var outcome in Enum.GetValues<IngestOutcome>())
            table.AddRow(outcome.ToString(), results.Count(r => r.Outcome == outcome).ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var r in results.Where(r => r.Outcome == IngestOutcome.Rejected))
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] {r.FileName}: {r.Reason}");
        foreach (var r in results.Where(r => r.NearDuplicatesOf.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[yellow]flagged[/] {r.FileName} ({r.PublicId}) resembles {string.Join(", ", r.NearDuplicatesOf)}: see /admin/duplicates");
        return results.Any(r => r.Outcome == IngestOutcome.Rejected) ? 1 : 0;
    }
}
