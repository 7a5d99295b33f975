using PolicyArchive.Bench;
using PolicyArchive.Bench.Measurement;
using PolicyArchive.Bench.Reporting;
using Spectre.Console;

var repositoryRoot = RepositoryRoot.Find(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
if (args is ["--translation", ..])
    return PolicyArchive.Bench.Translation.TranslationBench.Run(repositoryRoot, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000, 20, Console.WriteLine);
if (args is ["--write-import", var countText, var importDirectory, ..])
{
    // The benchmark's import folder alone (text files and curation.json), for timing or profiling the import by hand:
    // `/usr/bin/time -v dotnet PolicyArchive.Web.dll import DIR`, or under dotnet-trace.
    var count = int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture);
    var corpusPath = Path.Combine(Path.GetTempPath(), $"policyarchive-corpus-{Environment.ProcessId}.jsonl");
    PolicyArchive.Bench.Corpus.CorpusFile.Write(corpusPath, new PolicyArchive.Bench.Corpus.CorpusGenerator(Path.Combine(repositoryRoot, "seeds"), BenchOptions.DefaultSeed).CreateMany(count));
    PolicyArchive.Bench.Archive.ArchiveImporter.WriteSourceFiles(corpusPath, importDirectory);
    File.Delete(corpusPath);
    Console.WriteLine($"Wrote {count:N0} documents and curation.json to {importDirectory}");
    return 0;
}
if (args is ["--render", var jsonPath, ..])
{
    // Renders benchmarks.md and the plots again from a run's benchmarks.json (after editing profile-notes.md, say), into the JSON's folder.
    var saved = System.Text.Json.JsonSerializer.Deserialize<BenchReport>(File.ReadAllText(jsonPath), ReportWriter.JsonOptions)
        ?? throw new InvalidDataException($"{jsonPath} holds no report.");
    ReportWriter.Write(saved, Path.GetDirectoryName(Path.GetFullPath(jsonPath))!, Path.Combine(repositoryRoot, "bench", "PolicyArchive.Bench", "profile-notes.md"));
    Console.WriteLine($"Rendered {Path.Combine(Path.GetDirectoryName(Path.GetFullPath(jsonPath))!, ReportWriter.MarkdownFileName)}");
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args, repositoryRoot);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

AnsiConsole.MarkupLineInterpolated($"[bold]PolicyArchive benchmark[/], mode {options.Mode}, N = {string.Join(", ", options.Sizes)}, {options.Repetitions} repetition(s)");
var profileNotes = Path.Combine(repositoryRoot, "bench", "PolicyArchive.Bench", "profile-notes.md");
var report = await new BenchRunner(options, line => AnsiConsole.WriteLine(line), soFar =>
{
    // Written after each N as well: a run stopped during its largest N leaves the whole report of the sizes before it.
    ReportWriter.Write(soFar, options.OutputDirectory, profileNotes);
    AnsiConsole.WriteLine($"Report so far (N = {string.Join(", ", soFar.Sizes.Select(s => s.Documents.ToString("N0")))}) written to {options.OutputDirectory}");
}).RunAsync(cancellation.Token);
ReportWriter.Write(report, options.OutputDirectory, profileNotes);

var table = new Table().AddColumns("N", "engine", "docs/s", "median ms", "p90 ms", "p99 ms");
foreach (var size in report.Sizes)
{
    foreach (var engine in size.Engines)
    {
        table.AddRow(size.Documents.ToString("N0"), engine.Engine, engine.DocsPerSecond.ToString("N0"),
            engine.Overall.MedianMs.ToString("F2"), engine.Overall.P90Ms.ToString("F2"), engine.Overall.P99Ms.ToString("F2"));
    }
}

AnsiConsole.Write(table);
AnsiConsole.MarkupLineInterpolated($"Wrote {Path.Combine(options.OutputDirectory, ReportWriter.MarkdownFileName)} and {ReportWriter.JsonFileName} in {report.WallSeconds:F0} s");
return 0;
