using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyArchive.Bench.Corpus;

namespace PolicyArchive.Bench.Archive;

public sealed record ImportResult(double Seconds, double DocsPerSecond, long PeakResidentBytes, long StoreBytes, long IndexBytes)
{
    /// <summary>The import's own time by phase ("time by phase: read 978 ms, …" in its log), summed over its batches;
    /// empty when the log has none.</summary>
    public IReadOnlyList<PhaseTime> Phases { get; init; } = [];
}

public sealed record PhaseTime(string Phase, double Milliseconds);

/// <summary>
/// Bulk ingestion through the archive's own import path: the corpus as text files (title on the first line, as the
/// app's extractor reads them) imported by `PolicyArchive.Web import DIR`, the command a user runs.
/// </summary>
public static class ArchiveImporter
{
    private static readonly JsonSerializerOptions CurationJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One folder of text files plus the folder's curation.json carrying each document's metadata (title, authors,
    /// outlet, date, language, tags), which the import applies: the archive gets the same fields as the other engines.
    /// </summary>
    public static string WriteSourceFiles(string corpusPath, string directory)
    {
        Directory.CreateDirectory(directory);
        var curation = new Dictionary<string, object>(StringComparer.Ordinal);
        var index = 0;
        foreach (var document in CorpusFile.Read(corpusPath))
        {
            var name = $"{index++:D7}.txt";
            File.WriteAllText(Path.Combine(directory, name), document.Title + "\n\n" + document.Body, new UTF8Encoding(false));
            curation[name] = new
            {
                title = document.Title,
                authors = document.Authors,
                publication = document.Publication,
                date = document.Date,
                language = document.Language,
                tags = document.Tags,
            };
        }

        File.WriteAllText(Path.Combine(directory, "curation.json"), JsonSerializer.Serialize(curation, CurationJson), new UTF8Encoding(false));
        return directory;
    }

    public static async Task<ImportResult> ImportAsync(ArchiveApp app, string sourceDirectory, int documents, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var process = app.Start("import", ["import", sourceDirectory]);
        var peak = 0L;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            while (!process.HasExited)
            {
                // VmHWM only grows, so the last reading before exit is the peak up to ~100 ms before the end.
                peak = Math.Max(peak, ProcessMemory.PeakResidentBytes(process.Id));
                await Task.Delay(100, timeoutSource.Token);
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The archive's import of {documents:N0} documents did not finish within {timeout.TotalMinutes:0} minutes.\n{app.LogTail("import")}");
        }

        await process.WaitForExitAsync(cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The archive's import exited with {process.ExitCode}:\n{app.LogTail("import")}");
        }

        return new ImportResult(seconds, documents / seconds, peak, app.OnDiskBytes() - app.OnDiskBytes("index"), app.OnDiskBytes("index"))
        {
            Phases = File.Exists(app.LogPath("import")) ? SumPhases(File.ReadLines(app.LogPath("import"))) : [],
        };
    }

    /// <summary>Sums the phases of every "time by phase: name N ms, name N ms; …" line, in the order they first appear.</summary>
    internal static IReadOnlyList<PhaseTime> SumPhases(IEnumerable<string> logLines)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in logLines)
        {
            var match = PhaseLine.Match(line);
            if (!match.Success)
            {
                continue;
            }

            foreach (System.Text.RegularExpressions.Match phase in PhaseItem.Matches(match.Groups[1].Value))
            {
                var name = phase.Groups[1].Value.Trim();
                if (!totals.ContainsKey(name))
                {
                    order.Add(name);
                    totals[name] = 0;
                }

                totals[name] += double.Parse(phase.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return order.Select(n => new PhaseTime(n, totals[n])).ToList();
    }

    private static readonly System.Text.RegularExpressions.Regex PhaseLine = new(@"time by phase: ([^;]*)");
    private static readonly System.Text.RegularExpressions.Regex PhaseItem = new(@"([^,]+?) (\d+(?:\.\d+)?) ms");
}
