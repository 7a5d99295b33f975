using System.Diagnostics;
using System.Text.RegularExpressions;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Ingestion;

/// <summary>The `import` command run as its own process, as an administrator runs it: log lines stay whole lines, never
/// mixed into the progress bar, and the run ends with a summary table naming what was rejected and why.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-import-command-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Import_prints_whole_log_lines_and_a_summary_table()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        for (var i = 1; i <= 3; i++)
            await File.WriteAllTextAsync(Path.Combine(folder, $"texte-{i}.txt"), $"Texte {i}\n\nUn texte sur les puces, numéro {i}, {Guid.NewGuid():N}.\n\nSecond paragraphe {Guid.NewGuid():N}.");
        await File.WriteAllTextAsync(Path.Combine(folder, "vide.txt"), "");

        var (exitCode, output) = await ImportAsync(folder, AppContext.BaseDirectory);

        Assert.True(exitCode == 1, output); // one file rejected
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.Contains("Import summary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Added", StringComparison.Ordinal) && l.Contains('3', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("vide.txt", StringComparison.Ordinal) && l.Contains("rejected", StringComparison.Ordinal) && l.Contains("empty", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines, l => l.Contains("files/s", StringComparison.Ordinal));
        // Without a terminal, progress comes as plain lines: how many files, the rate, the time left.
        Assert.Contains(lines, l => l.StartsWith("Importing 4 files", StringComparison.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^Imported 4/4 files \(100%\), \d+\.\d files/s, done"));
        // Log lines are whole: each starts with its time stamp and carries no piece of a progress bar.
        var logLines = lines.Where(l => l.Contains(" INF] ", StringComparison.Ordinal) || l.Contains(" WRN] ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(logLines);
        Assert.All(logLines, l => Assert.Matches(@"^\[\d\d:\d\d:\d\d (INF|WRN)\] ", l));
        Assert.DoesNotContain(lines, l => l.Contains('━') && l.Contains("] ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Started_from_another_folder_the_app_still_applies_its_settings()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "texte.txt"), $"Texte\n\nUn texte sur les puces, {Guid.NewGuid():N}.");
        // A folder without appsettings.json, as a service manager's "/" is.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;

        var (exitCode, output) = await ImportAsync(folder, elsewhere);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Import summary", output, StringComparison.Ordinal);
        // appsettings.json keeps Entity Framework's log at warnings; without it every SQL statement was logged.
        Assert.DoesNotContain("Executed DbCommand", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    /// <summary>The built app's `import` command over <paramref name="folder"/>, started in <paramref name="workingDirectory"/>.</summary>
    private async Task<(int ExitCode, string Output)> ImportAsync(string folder, string workingDirectory)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PolicyArchive.Web.exe" : "PolicyArchive.Web");
        var start = new ProcessStartInfo(exe) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(folder);
        TestStore.UseDataDirectory(start, Path.Combine(_root, "data"));
        start.Environment["Archive__SeedsDirectory"] = "";
        start.Environment["Archive__IngestSeedsAtStart"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
