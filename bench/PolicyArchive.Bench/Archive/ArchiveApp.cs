using System.Diagnostics;

namespace PolicyArchive.Bench.Archive;

/// <summary>
/// The built web app (src/PolicyArchive.Web), run as its own process exactly as a user runs it: `import` for bulk
/// ingestion, or serving on Kestrel. The bench project references it (without its assembly) so it is built alongside.
/// As deployed: Production settings, the seeds' thesaurus (the app seeds its store with seeds/thesaurus.json at start
/// when the store has none, without ingesting the seed texts), the shipped dictionaries; only the per-client rate limits
/// are lifted, because the load tests are one client on purpose. <paramref name="settings"/> adds configuration
/// (for example the PostgreSQL store), as environment variables in ASP.NET Core's <c>Section__Key</c> form.
/// </summary>
public sealed class ArchiveApp(string webDll, string dataDirectory, string logDirectory, string seedsDirectory, IReadOnlyDictionary<string, string>? settings = null)
{
    /// <summary>The administrator the benchmark configures (Archive:Admin), for the saves of the cross-node lag test.</summary>
    public const string AdminEmail = "bench-admin@example.org";

    /// <summary>Made per run: no default credentials, even in a benchmark.</summary>
    public static readonly string AdminPassword = "Bench-" + Guid.NewGuid().ToString("N") + "!aA1";

    public string DataDirectory => dataDirectory;

    public string LogDirectory => logDirectory;

    private const string NamedAppVariable = "POLICYARCHIVE_BENCH_APP";

    /// <summary>The app scripts/bench.sh publishes (ReadyToRun, as deployed) and names in POLICYARCHIVE_BENCH_APP;
    /// without it (the smoke test, a bare `dotnet run`) the build output, JIT-compiled at start. Guessing the newer of
    /// the two by file times once picked the wrong one silently, so the script names it.</summary>
    public static string FindWebDll(string repositoryRoot)
    {
        var named = Environment.GetEnvironmentVariable(NamedAppVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? Path.GetFullPath(named) : throw new FileNotFoundException($"{NamedAppVariable} names {named}, which does not exist.");
        }

        // Same configuration as this tool (bin/Release or bin/Debug), which built the app as a project reference.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return new[] { configuration, "Release", "Debug" }
            .Select(c => Path.Combine(repositoryRoot, "src", "PolicyArchive.Web", "bin", c, "net10.0", "PolicyArchive.Web.dll"))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("PolicyArchive.Web.dll not found; build src/PolicyArchive.Web first (dotnet build -c Release src/PolicyArchive.Web).");
    }

    public static bool IsPublished(string webDll) =>
        Environment.GetEnvironmentVariable(NamedAppVariable) is { Length: > 0 } named && Path.GetFullPath(named) == webDll;

    /// <summary>Starts the app with the benchmark's data directory; stdout and stderr go to a log file so the pipe never blocks.</summary>
    public Process Start(string name, IEnumerable<string> arguments)
    {
        Directory.CreateDirectory(logDirectory);
        var log = Path.Combine(logDirectory, $"{name}.log");
        var quoted = string.Join(' ', new[] { "dotnet", webDll }.Concat(arguments).Select(Quote));
        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };

        // exec keeps the PID, so /proc/PID is the app itself and killing it stops the app.
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add($"exec {quoted} > {Quote(log)} 2>&1");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["Archive__DataDirectory"] = dataDirectory;
        startInfo.Environment["Archive__SeedsDirectory"] = seedsDirectory;
        startInfo.Environment["Archive__IngestSeedsAtStart"] = "false";
        startInfo.Environment["Archive__Admin__Email"] = AdminEmail;
        startInfo.Environment["Archive__Admin__Password"] = AdminPassword;

        // The per-client limits protect the public site; the load test is one client on purpose.
        startInfo.Environment["Archive__RateLimits__SearchPerMinute"] = "100000000";
        startInfo.Environment["Archive__RateLimits__LoginPerMinute"] = "100000000";
        // Every query of the mix is asked again and again: remembered results would measure the cache, not the search.
        startInfo.Environment["Archive__Search__ResultCacheHits"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {webDll}.");
    }

    public string LogPath(string name) => Path.Combine(logDirectory, $"{name}.log");

    /// <summary>The concepts the app said it loaded at start ("Thesaurus loaded: N concepts" in its log), or null if it did not say.</summary>
    public int? ThesaurusConcepts(string name) => LoggedNumber(name, @"Thesaurus loaded: (\d+) concepts");

    /// <summary>How many hits the server's result cache holds, as its log says at start; null when it has not said.</summary>
    public int? ResultCacheHits(string name) => LoggedNumber(name, @"Search result cache: (\d+) hits");

    /// <summary>The number a line of the app's log gives (the pattern's first group), or null when no line does.</summary>
    private int? LoggedNumber(string name, string pattern)
    {
        var log = LogPath(name);
        if (!File.Exists(log))
        {
            return null;
        }

        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var match = System.Text.RegularExpressions.Regex.Match(new StreamReader(stream).ReadToEnd(), pattern);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public string LogTail(string name)
    {
        var log = Path.Combine(logDirectory, $"{name}.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "(no log)";
    }

    public long OnDiskBytes(string relative = "") =>
        Directory.Exists(Path.Combine(dataDirectory, relative))
            ? Directory.EnumerateFiles(Path.Combine(dataDirectory, relative), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : 0;

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
