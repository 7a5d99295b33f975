using System.Globalization;
using System.Text;
using PolicyArchive.Bench.Measurement;

namespace PolicyArchive.Bench.Reporting;

/// <summary>The archive's own figures, the ratios to the other engines, the archive on PostgreSQL, and issue 14's
/// targets checked against them.</summary>
public static class ArchiveSection
{
    public const string Http = "PolicyArchive HTTP";
    public const string AsTyped = "PolicyArchive HTTP, as typed";
    public const string InProcess = "PolicyArchive in-process";
    public const string Sqlite = "SQLite FTS5";
    public const string Postgres = "PostgreSQL FTS";
    public const string Xapian = "Xapian";

    public static void Append(StringBuilder md, BenchReport report)
    {
        AppendTargets(md, report);
        md.AppendLine("## The archive: import, start, memory, load")
            .AppendLine()
            .AppendLine("Import: the corpus as text files through `PolicyArchive.Web import DIR` (the app's own import path, a separate process; docs/s over the whole command, process start to exit; peak = VmHWM). ")
            .AppendLine("Cold start: process start of the published app on Kestrel (127.0.0.1) over the imported data directory to the first `/api/search` answered with results; ")
            .AppendLine("dictionaries: from process start until a search is translated by them (they load in the background; every timed search below comes after). ")
            .AppendLine("Load: in-process HttpClient load generator, concurrent clients cycling through the query set, as deployed (thesaurus and dictionaries on), measured after the same load has run unmeasured in windows of up to 5 s until two in a row agree within 10% (at most 60 s in a full run; a fresh process first runs code not yet recompiled for speed: 9, 22, then 49 searches/s over its first half minute under wrk). RSS from /proc/PID/status after the load tests.")
            .AppendLine()
            .AppendLine("| N | import (s) | docs/s | import peak RSS | store | index | store + index | cold start (s) | dictionaries (s) | thesaurus concepts | server RSS | server peak RSS |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
        {
            var a = size.Archive;
            md.AppendLine(Invariant($"| {size.Documents:N0} | {a.Import.Seconds:F1} | {a.Import.DocsPerSecond:N0} | {Mb(a.Import.PeakResidentBytes)} | {Mb(a.Import.StoreBytes)} | {Mb(a.Import.IndexBytes)} | {Mb(a.Import.StoreBytes + a.Import.IndexBytes)} | {a.ColdStartSeconds:F2} | {(a.DictionariesReadySeconds is { } d ? d.ToString("F1", CultureInfo.InvariantCulture) : "**not loaded**")} | {a.ThesaurusConcepts?.ToString(CultureInfo.InvariantCulture) ?? "?"}{(a.ThesaurusExpands ? string.Empty : " (**not expanding**)")} | {Mb(a.ServerResidentBytes)} | {Mb(a.ServerPeakResidentBytes)} |"));
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
        AppendImportPhases(md, report);
        AppendTranslation(md, report);
        AppendRatios(md, report);
        AppendPostgres(md, report);
    }

    /// <summary>The import command's own stopwatches, from its log: where its time goes in this run.</summary>
    private static void AppendImportPhases(StringBuilder md, BenchReport report)
    {
        var sizes = report.Sizes.Where(s => s.Archive.Import.Phases.Count > 0).ToList();
        if (sizes.Count == 0)
        {
            return;
        }

        md.AppendLine("### Where the import's time goes, in this run")
            .AppendLine()
            .AppendLine("The import command logs its time by phase for each batch (stopwatches in the app); summed here over the batches. ")
            .AppendLine("*Outside the phases* is the rest of the command's wall time: process start, migrations, the thesaurus, and waiting for the index to take in the last batch.")
            .AppendLine()
            .AppendLine("| N | phase | s | share of the command |")
            .AppendLine("|---:|---|---:|---:|");
        foreach (var size in sizes)
        {
            var import = size.Archive.Import;
            foreach (var phase in import.Phases.OrderByDescending(p => p.Milliseconds))
            {
                md.AppendLine(Invariant($"| {size.Documents:N0} | {phase.Phase} | {phase.Milliseconds / 1000:F1} | {phase.Milliseconds / 10 / import.Seconds:F0}% |"));
            }

            var outside = import.Seconds - (import.Phases.Sum(p => p.Milliseconds) / 1000);
            if (outside > 0)
            {
                md.AppendLine(Invariant($"| {size.Documents:N0} | *outside the phases* | {outside:F1} | {outside * 100 / import.Seconds:F0}% |"));
            }
        }

        md.AppendLine();
    }

    private static void AppendTranslation(StringBuilder md, BenchReport report)
    {
        md.AppendLine("## Query expansion: the thesaurus and the dictionaries on (as deployed) and off")
            .AppendLine()
            .AppendLine("The same server, sequential `/api/search`: as deployed (the seeds' thesaurus and the cross-language dictionaries on), ")
            .AppendLine("and with `expand=false` (the query as typed, which a researcher can choose). The cross-language class is the English and Chinese queries over the mostly French corpus.")
            .AppendLine()
            .AppendLine("*First-time queries*: 100 queries asked once each, after everything else (a topical word with a long-tail name no other query uses), as deployed: ")
            .AppendLine("the standard set is asked again and again, so whatever the app remembers about a query's analysis is warm for it; these pay for it.")
            .AppendLine()
            .AppendLine("| N | median, on (ms) | p99, on (ms) | median, as typed (ms) | p99, as typed (ms) | on / as typed | cross-language class median, on / as typed (ms) | first-time queries median / p99 (ms) |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
        {
            if (Find(size, Http) is not { } on || Find(size, AsTyped) is not { } off)
            {
                continue;
            }

            var crossOn = on.Classes.First(c => c.Class == Queries.QueryClass.CrossLanguage).Latency.MedianMs;
            var crossOff = off.Classes.First(c => c.Class == Queries.QueryClass.CrossLanguage).Latency.MedianMs;
            md.AppendLine(Invariant($"| {size.Documents:N0} | {on.Overall.MedianMs:F2} | {on.Overall.P99Ms:F2} | {off.Overall.MedianMs:F2} | {off.Overall.P99Ms:F2} | {on.Overall.MedianMs / off.Overall.MedianMs:F2} | {crossOn:F2} / {crossOff:F2} | {(size.Archive.FirstTimeQueries is { } f ? Invariant($"{f.MedianMs:F2} / {f.P99Ms:F2}") : "–")} |"));
        }

        md.AppendLine();
    }

    private static void AppendRatios(StringBuilder md, BenchReport report)
    {
        md.AppendLine("## Ratios (same run, same corpus, same queries)")
            .AppendLine()
            .AppendLine("Latency: the other engine's median over the archive's (HTTP `/api/search`, as deployed): above 1 means the archive is faster. ")
            .AppendLine("Import: the archive's whole import command against the other engine's build. Disk: the archive's store + index over the other engine's files.")
            .AppendLine()
            .AppendLine("| N | FTS5 / archive median | Xapian / archive median | PostgreSQL / archive median | archive HTTP / in-process median | archive import / FTS5 build (docs/s) | archive import / Xapian build (docs/s) | archive disk / FTS5 disk | archive disk / Xapian disk |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in report.Sizes)
        {
            var http = Find(size, Http)!;
            var disk = (double)(size.Archive.Import.StoreBytes + size.Archive.Import.IndexBytes);
            string Median(string engine) => Find(size, engine) is { } e ? Invariant($"{e.Overall.MedianMs / http.Overall.MedianMs:F2}") : "–";
            string Build(string engine) => Find(size, engine) is { } e ? Invariant($"{size.Archive.Import.DocsPerSecond / e.DocsPerSecond:F2}") : "–";
            string Disk(string engine) => Find(size, engine) is { } e ? Invariant($"{disk / e.OnDiskBytes:F2}") : "–";
            var inProcess = Find(size, InProcess) is { } i ? Invariant($"{http.Overall.MedianMs / i.Overall.MedianMs:F2}") : "–";
            md.AppendLine(Invariant($"| {size.Documents:N0} | {Median(Sqlite)} | {Median(Xapian)} | {Median(Postgres)} | {inProcess} | {Build(Sqlite)} | {Build(Xapian)} | {Disk(Sqlite)} | {Disk(Xapian)} |"));
        }

        md.AppendLine();
    }

    private static void AppendPostgres(StringBuilder md, BenchReport report)
    {
        var onPostgres = report.Sizes.Where(s => s.PostgresArchive is not null).ToList();
        md.AppendLine("## The archive on PostgreSQL (issue 12)")
            .AppendLine()
            .AppendLine("`Archive:Store=PostgreSQL` with `ConnectionStrings:Archive` on a database of the benchmark's private PostgreSQL server (Debian's packages, 127.0.0.1, same machine). ")
            .AppendLine("Node A imports the corpus with the same `import` command and serves; its sequential `/api/search` is timed as above. ")
            .AppendLine("Node B is a second process with its own, empty data directory on the same database: *node B ready* is its start until `/healthz` answers 200 (index built from the store, change log caught up). ")
            .AppendLine("Then an editor logged in on node A saves documents one after another through the admin form (`/admin/documents/new`, antiforgery token and all); ")
            .AppendLine("after each save's answer, node B's `/api/search` is asked for that document's own word every 10 ms: the lag is from A's answer to B's first hit ")
            .AppendLine("(change-log notification, B's indexing and searcher refresh, up to one poll interval). The SQLite columns are the same run's single-node figures at the same N.")
            .AppendLine();
        if (onPostgres.Count == 0)
        {
            md.AppendLine("Not measured in this run (`--pg-archive-size 0`).").AppendLine();
            return;
        }

        md.AppendLine("| N | import docs/s (SQLite) | database + index (SQLite store + index) | node A cold start (s) | search median (ms) (SQLite) | p90 (ms) | p99 (ms) (SQLite) | node B ready (s) | saves | lag median (ms) | lag p90 (ms) | lag p99 (ms) | lag max (ms) | not seen in 30 s | save median (ms) |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in onPostgres)
        {
            var p = size.PostgresArchive!;
            var sqlite = Find(size, Http)!;
            var lag = p.Lag;
            md.AppendLine(Invariant($"| {size.Documents:N0} | {p.Import.DocsPerSecond:N0} ({size.Archive.Import.DocsPerSecond:N0}) | {Mb(p.DatabaseBytes + p.Import.IndexBytes)} ({Mb(size.Archive.Import.StoreBytes + size.Archive.Import.IndexBytes)}) | {p.ColdStartSeconds:F2} | {p.Search.Overall.MedianMs:F2} ({sqlite.Overall.MedianMs:F2}) | {p.Search.Overall.P90Ms:F2} | {p.Search.Overall.P99Ms:F2} ({sqlite.Overall.P99Ms:F2}) | {p.NodeBReadySeconds:F1} | {p.Saves} | {Num(lag?.MedianMs)} | {Num(lag?.P90Ms)} | {Num(lag?.P99Ms)} | {Num(lag?.MaxMs)} | {p.LagMissed} | {p.SaveLatency.MedianMs:F1} |"));
        }

        md.AppendLine();
    }

    /// <summary>Issue 14's targets, each at the N it names, from this run's figures.</summary>
    private static void AppendTargets(StringBuilder md, BenchReport report)
    {
        md.AppendLine("## Targets (issue 14), checked in this run")
            .AppendLine()
            .AppendLine("As deployed: the published app in Production with the seeds' thesaurus and the dictionaries loaded; `/api/search` top 10 with facets, snippets and the exact total. ")
            .AppendLine("Sequential figures are one request at a time; *under load* is 16 concurrent clients. Every ratio is within this run. ")
            .AppendLine("*By how much*: for a ceiling, the measured value over the limit (below 1 is met); for a floor, the measured value over the target (1 or more is met). ")
            .AppendLine("The relevance test's figures, the last part of the cold-start target, are the test suite's (docs/search.md), not this benchmark's.")
            .AppendLine()
            .AppendLine("| N | target | measured | met | by how much |")
            .AppendLine("|---:|---|---:|:---:|---:|");
        foreach (var (n, median, p99, fts5, xapian, rps, importRate, coldStart) in new[]
                 {
                     (20_000, 5.0, 25.0, 3.0, 1.5, 400.0, 2_000.0, false),
                     (100_000, 10.0, 50.0, 5.0, 0.0, 200.0, 1_500.0, true),
                 })
        {
            var size = report.Sizes.FirstOrDefault(s => s.Documents == n);
            if (size is null)
            {
                md.AppendLine(Invariant($"| {n:N0} | every target at this N | not measured in this run | – | – |"));
                continue;
            }

            var http = Find(size, Http)!;
            Ceiling(md, n, Invariant($"`/api/search` median ≤ {median:0} ms"), http.Overall.MedianMs, median, "ms");
            Ceiling(md, n, Invariant($"`/api/search` p99 ≤ {p99:0} ms"), http.Overall.P99Ms, p99, "ms");
            if (Find(size, Sqlite) is { } sqlite)
            {
                Floor(md, n, Invariant($"≥ {fts5:0}× faster than SQLite FTS5 at the median"), sqlite.Overall.MedianMs / http.Overall.MedianMs, fts5, "×");
            }

            if (xapian > 0)
            {
                if (Find(size, Xapian) is { } x)
                {
                    Floor(md, n, Invariant($"≥ {xapian:0.#}× faster than Xapian at the median"), x.Overall.MedianMs / http.Overall.MedianMs, xapian, "×");
                }
                else
                {
                    md.AppendLine(Invariant($"| {n:N0} | ≥ {xapian:0.#}× faster than Xapian at the median | Xapian not run ({report.XapianSkipped}) | – | – |"));
                }
            }

            var api = size.Archive.Loads.First(l => l.Endpoint == "/api/search");
            var page = size.Archive.Loads.First(l => l.Endpoint == "/search");
            Floor(md, n, Invariant($"16 clients: ≥ {rps:N0} requests/s on `/api/search`"), api.RequestsPerSecond, rps, "req/s");
            var errors = size.Archive.Loads.Sum(l => l.Errors);
            md.AppendLine(Invariant($"| {n:N0} | 16 clients: no errors (`/api/search` and `/search`) | {errors:N0} errors of {size.Archive.Loads.Sum(l => l.Requests + l.Errors):N0} requests | {(errors == 0 ? "yes" : "**no**")} | – |"));
            Ceiling(md, n, "16 clients: `/api/search` median under load ≤ 50 ms", api.Latency.MedianMs, 50, "ms");
            Ceiling(md, n, "16 clients: rendered `/search` median within 30% of `/api/search`'s", page.Latency.MedianMs / api.Latency.MedianMs, 1.3, "× the API's");
            Floor(md, n, Invariant($"import (the whole `import` command) ≥ {importRate:N0} documents/s"), size.Archive.Import.DocsPerSecond, importRate, "docs/s");
            if (Find(size, Sqlite) is { } fts)
            {
                var disk = (double)(size.Archive.Import.StoreBytes + size.Archive.Import.IndexBytes);
                Ceiling(md, n, Invariant($"store + index ≤ 1.5× FTS5's database ({Mb(fts.OnDiskBytes)})"), disk / fts.OnDiskBytes, 1.5, Invariant($"× ({Mb((long)disk)})"));
            }

            if (coldStart)
            {
                Ceiling(md, n, "cold start of the published build to the first search < 2 s", size.Archive.ColdStartSeconds, 2, "s");
                Ceiling(md, n, "server resident memory < 400 MB (after the load tests)", size.Archive.ServerResidentBytes / 1e6, 400, "MB");
            }
        }

        md.AppendLine();
    }

    private static void Ceiling(StringBuilder md, int n, string target, double value, double limit, string unit) =>
        md.AppendLine(Invariant($"| {n:N0} | {target} | {value:N2}{Unit(unit)} | {(value <= limit ? "yes" : "**no**")} | {Factor(value / limit)}× the limit |"));

    private static void Floor(StringBuilder md, int n, string target, double value, double minimum, string unit) =>
        md.AppendLine(Invariant($"| {n:N0} | {target} | {value:N2}{Unit(unit)} | {(value >= minimum ? "yes" : "**no**")} | {Factor(value / minimum)}× the target |"));

    private static string Factor(double ratio) =>
        ratio.ToString(ratio >= 10 ? "F1" : ratio >= 0.1 ? "F2" : "0.00#", CultureInfo.InvariantCulture);

    /// <summary>"×" sticks to its number, as in the issue; units get a space.</summary>
    private static string Unit(string unit) => unit.StartsWith('×') ? unit : " " + unit;

    private static EngineResult? Find(SizeResult size, string name) => size.Engines.FirstOrDefault(e => e.Engine == name);

    private static string Num(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "–";

    private static string Mb(long bytes) => Invariant($"{bytes / 1e6:F1} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
