using System.Diagnostics;
using System.Text;
using PolicyArchive.Bench.Corpus;

namespace PolicyArchive.Bench.Archive;

public sealed record ImportResult(double Seconds, double DocsPerSecond, long PeakResidentBytes, long StoreBytes, long IndexBytes);

/// <summary>
/// Bulk ingestion through the archive's own import path: the corpus as text files (title on the first line, as the
/// app's extractor reads them) imported by `PolicyArchive.Web import DIR`, the command a user runs.
/// </summary>
public static class ArchiveImporter
{
    private const int FilesPerFolder = 1_000;

    public static string WriteSourceFiles(string corpusPath, string directory)
    {
        var index = 0;
        foreach (var document in CorpusFile.Read(corpusPath))
        {
            var folder = Path.Combine(directory, (index / FilesPerFolder).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            if (index % FilesPerFolder == 0)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(Path.Combine(folder, $"{index:D7}.txt"), document.Title + "\n\n" + document.Body, new UTF8Encoding(false));
            index++;
        }

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

        return new ImportResult(seconds, documents / seconds, peak, app.OnDiskBytes() - app.OnDiskBytes("index"), app.OnDiskBytes("index"));
    }
}
