using System.Globalization;
using System.Text;
using PolicyArchive.Bench.Measurement;

namespace PolicyArchive.Bench.Reporting;

/// <summary>The archive's own figures, the ratios to the other engines, and the issue's targets checked against them.</summary>
public static class ArchiveSection
{
    public const string Http = "PolicyArchive HTTP";
    public const string InProcess = "PolicyArchive in-process";
    public const string Sqlite = "SQLite FTS5";
    public const string Postgres = "PostgreSQL FTS";

    public static void Append(StringBuilder md, BenchReport report)
    {
        md.AppendLine("## The archive: import, start, memory, load")
            .AppendLine()
            .AppendLine("Import: the corpus as text files through `PolicyArchive.Web import DIR` (the app's own import path, a separate process; docs/s over the whole command, peak = VmHWM). ")
            .AppendLine("Cold start: process start of the built app on Kestrel (127.0.0.1) over the imported data directory to the first `/api/search` answered with results. ")
            .AppendLine("Load: in-process HttpClient load generator, concurrent clients cycling through the query set. RSS from /proc/PID/status after the load tests.")
            .AppendLine()
            .AppendLine("| N | import (s) | docs/s | import peak RSS | store | index | cold start (s) | server RSS | server peak RSS |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
        {
            var a = size.Archive;
            md.AppendLine(Invariant($"| {size.Documents:N0} | {a.Import.Seconds:F1} | {a.Import.DocsPerSecond:N0} | {Mb(a.Import.PeakResidentBytes)} | {Mb(a.Import.StoreBytes)} | {Mb(a.Import.IndexBytes)} | {a.ColdStartSeconds:F2} | {Mb(a.ServerResidentBytes)} | {Mb(a.ServerPeakResidentBytes)} |"));
        }

        md.AppendLine()
            .AppendLine("| N | endpoint | clients | requests | errors | req/s | median (ms) | p90 (ms) | p99 (ms) |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
        {
            foreach (var load in size.Archive.Loads)
            {
                md.AppendLine(Invariant($"| {size.Documents:N0} | `{load.Endpoint}` | {load.Concurrency} | {load.Requests:N0} | {load.Errors:N0} | {load.RequestsPerSecond:N0} | {load.Latency.MedianMs:F2} | {load.Latency.P90Ms:F2} | {load.Latency.P99Ms:F2} |"));
            }
        }

        md.AppendLine();
        AppendRatios(md, report);
        AppendTargets(md, report);
    }

    private static void AppendRatios(StringBuilder md, BenchReport report)
    {
        md.AppendLine("## Ratios (same run, same corpus, same queries)")
            .AppendLine()
            .AppendLine("Above 1 means the archive is faster.")
            .AppendLine()
            .AppendLine("| N | SQLite median / archive HTTP median | PostgreSQL median / archive HTTP median | archive HTTP / in-process median | archive import docs/s / SQLite build docs/s |")
            .AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
        {
            var http = Engine(size, Http);
            md.AppendLine(Invariant($"| {size.Documents:N0} | {Engine(size, Sqlite).Overall.MedianMs / http.Overall.MedianMs:F2} | {Engine(size, Postgres).Overall.MedianMs / http.Overall.MedianMs:F2} | {http.Overall.MedianMs / Engine(size, InProcess).Overall.MedianMs:F2} | {size.Archive.Import.DocsPerSecond / Engine(size, Sqlite).DocsPerSecond:F3} |"));
        }

        md.AppendLine();
    }

    private static void AppendTargets(StringBuilder md, BenchReport report)
    {
        var largest = report.Sizes[^1];
        var http = Engine(largest, Http);
        var api = largest.Archive.Loads.First(l => l.Endpoint == "/api/search");
        md.AppendLine(Invariant($"## Targets from the benchmark issue, checked at the largest N of this run ({largest.Documents:N0})"))
            .AppendLine()
            .AppendLine("The targets are stated for N = 100,000; a run with a smaller largest N checks the same figures at that N.")
            .AppendLine()
            .AppendLine("| target | measured | met |")
            .AppendLine("|---|---:|:---:|");
        Row(md, "HTTP `/api/search` median < 10 ms (sequential)", http.Overall.MedianMs, "ms", http.Overall.MedianMs < 10);
        Row(md, "HTTP `/api/search` p99 < 50 ms (sequential)", http.Overall.P99Ms, "ms", http.Overall.P99Ms < 50);
        Row(md, "HTTP `/api/search` median < 10 ms under load", api.Latency.MedianMs, "ms", api.Latency.MedianMs < 10);
        var sqliteRatio = Engine(largest, Sqlite).Overall.MedianMs / http.Overall.MedianMs;
        Row(md, "≥ 5× faster than SQLite FTS5 at the median", sqliteRatio, "×", sqliteRatio >= 5);
        var pgRatio = Engine(largest, Postgres).Overall.MedianMs / http.Overall.MedianMs;
        Row(md, "≥ 50× faster than PostgreSQL FTS at the median", pgRatio, "×", pgRatio >= 50);
        var overhead = (http.Overall.MedianMs / Engine(largest, InProcess).Overall.MedianMs) - 1;
        Row(md, "HTTP adds < 50% to in-process median", overhead * 100, "%", overhead < 0.5);
        Row(md, "Import ≥ 10,000 docs/s", largest.Archive.Import.DocsPerSecond, "docs/s", largest.Archive.Import.DocsPerSecond >= 10_000);
        Row(md, "Import faster than SQLite FTS5's build", largest.Archive.Import.DocsPerSecond, "docs/s", largest.Archive.Import.DocsPerSecond > Engine(largest, Sqlite).DocsPerSecond);
        Row(md, "Cold start to first search < 2 s", largest.Archive.ColdStartSeconds, "s", largest.Archive.ColdStartSeconds < 2);
        Row(md, "Server RSS < 400 MB", largest.Archive.ServerResidentBytes / 1e6, "MB", largest.Archive.ServerResidentBytes < 400e6);
        var smaller = report.Sizes.Where(s => s.Documents * 10 == largest.Documents).Select(s => Engine(s, Http).Overall.MedianMs).FirstOrDefault();
        if (smaller > 0)
        {
            var growth = http.Overall.MedianMs / smaller;
            Row(md, Invariant($"Median at {largest.Documents:N0} ≤ 4× median at {largest.Documents / 10:N0}"), growth, "×", growth <= 4);
        }

        md.AppendLine();
    }

    private static void Row(StringBuilder md, string target, double value, string unit, bool met) =>
        md.AppendLine(Invariant($"| {target} | {value:N2} {unit} | {(met ? "yes" : "**no**")} |"));

    private static EngineResult Engine(SizeResult size, string name) => size.Engines.First(e => e.Engine == name);

    private static string Mb(long bytes) => Invariant($"{bytes / 1e6:F1} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
