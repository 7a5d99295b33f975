using System.Globalization;
using PolicyArchive.Core.Ingestion;
using Spectre.Console;

namespace PolicyArchive.Web.Commands;

/// <summary>`import PATH...`: the bulk importer with a progress bar on a terminal — files done, rate and time left —
/// log lines printed above the bar rather than into it, and a summary table at the end.</summary>
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
        var results = new List<IngestResult>(plan.Rejected);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        // One call of the importer for the whole plan, the bar advancing file by file as they are parsed: calling it per small chunk read the
        // near-duplicate map afresh and waited for the index after every chunk, which made the store and the index take turns
        // (20 files at a time for 1,000 files: 10 files/s).
        async Task ImportAllAsync(Action<int> advance) =>
            results.AddRange(await importer.ImportAsync(new ImportPlan(plan.Files, []), "import", advance));

        // Without a terminal (output redirected, CI) there is no live bar: the log lines, which other threads such as the
        // indexer also write, go straight through, whole, and the summary follows.
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Plain progress lines instead, so a CI log shows how far the import got and how long it has left.
            var lines = new ImportProgressLines(plan.Files.Count, Console.Out, TimeSpan.FromSeconds(10));
            await ImportAllAsync(lines.Advance);
        }
        else
        {
            using (ConsoleLines.AboveTheBar())
            {
                await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new FilesColumn(), new RateColumn(),
                        new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("Importing", maxValue: Math.Max(1, plan.Files.Count));
                        await ImportAllAsync(n => task.Increment(n));
                        task.Value = task.MaxValue;
                    });
            }
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        var summary = new Table().Title("Import summary").AddColumn("Outcome").AddColumn(new TableColumn("Files").RightAligned());
        foreach (var outcome in Enum.GetValues<IngestOutcome>())
            summary.AddRow(outcome.ToString(), results.Count(r => r.Outcome == outcome).ToString(CultureInfo.InvariantCulture));
        summary.AddRow("Flagged as possible duplicates", results.Count(r => r.NearDuplicatesOf.Count > 0).ToString(CultureInfo.InvariantCulture));
        summary.Caption($"{plan.Files.Count} files in {elapsed.TotalSeconds:F1} s ({plan.Files.Count / Math.Max(elapsed.TotalSeconds, 1e-3):F1} files/s)");
        AnsiConsole.Write(summary);

        var notable = results.Where(r => r.Outcome == IngestOutcome.Rejected || r.NearDuplicatesOf.Count > 0).ToList();
        if (notable.Count > 0)
        {
            var details = new Table().AddColumn("File").AddColumn("Outcome").AddColumn("Why / what next");
            foreach (var r in notable)
            {
                var (outcome, why) = r.Outcome == IngestOutcome.Rejected
                    ? ("[red]rejected[/]", r.Reason ?? "")
                    : ("[yellow]flagged[/]", $"{r.PublicId} resembles {string.Join(", ", r.NearDuplicatesOf)}: see /admin/duplicates");
                details.AddRow(new Text(r.FileName ?? ""), new Markup(outcome), new Text(why));
            }
            AnsiConsole.Write(details);
        }
        return results.Any(r => r.Outcome == IngestOutcome.Rejected) ? 1 : 0;
    }

    /// <summary>Files done of the total.</summary>
    private sealed class FilesColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value:F0}/{task.MaxValue:F0} files");
    }

    /// <summary>Files per second since the start (the task's own speed is per recent sample, which a coarse step makes jumpy).</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            return new Text(seconds <= 0 || task.Value <= 0 ? "– files/s" : $"{task.Value / seconds:F1} files/s");
        }
    }
}

/// <summary>While a progress bar is on the terminal, everything written to the console (the log, above all) goes through
/// Spectre as whole lines, which it prints above the bar instead of into it.</summary>
internal static class ConsoleLines
{
    public static IDisposable AboveTheBar()
    {
        // Spectre keeps the writer it found when first used: make it take the real one before the console is redirected.
        _ = AnsiConsole.Console.Profile.Width;
        var original = Console.Out;
        // Without a live bar (output to a file or a pipe) lines go straight through, unwrapped.
        if (!AnsiConsole.Console.Profile.Capabilities.Interactive) return new Restore(original);
        Console.SetOut(new LineWriter());
        return new Restore(original);
    }

    private sealed class Restore(TextWriter original) : IDisposable
    {
        public void Dispose() => Console.SetOut(original);
    }

    private sealed class LineWriter : TextWriter
    {
        private readonly System.Text.StringBuilder _line = new();
        private readonly Lock _gate = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_gate)
            {
                if (value == '\n')
                {
                    var line = _line.ToString().TrimEnd('\r');
                    _line.Clear();
                    AnsiConsole.WriteLine(line);
                }
                else _line.Append(value);
            }
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            foreach (var c in value) Write(c);
        }
    }
}
