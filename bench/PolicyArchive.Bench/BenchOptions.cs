namespace PolicyArchive.Bench;

public sealed record BenchOptions
{
    public string Mode { get; init; } = "full";

    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 20_000, 100_000];

    /// <summary>The N at which the archive also runs on PostgreSQL (import, search, cross-node lag); 0 for none.
    /// It must be one of <see cref="Sizes"/>.</summary>
    public int PostgresArchiveSize { get; init; } = 20_000;

    /// <summary>Largest N at which Xapian is built and asked (its single-threaded Python indexing is the slowest build).</summary>
    public int XapianMaxSize { get; init; } = int.MaxValue;

    /// <summary>Saves on node A whose lag to node B is measured.</summary>
    public int LagSaves { get; init; } = 100;

    public int Warmup { get; init; } = 3;

    public int Repetitions { get; init; } = 20;

    /// <summary>Seconds of measured searches per engine and N above which an engine gets fewer rounds (at least three).</summary>
    public double MeasureBudgetSeconds { get; init; } = 60;

    /// <summary>The corpus generator's seed unless --seed says another.</summary>
    public const int DefaultSeed = 20_250_128;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>How long each HTTP load test (/api/search, /search) runs.</summary>
    public double LoadSeconds { get; init; } = 10;

    /// <summary>Concurrent clients in the HTTP load tests.</summary>
    public int Concurrency { get; init; } = 16;

    public required string RepositoryRoot { get; init; }

    public required string SeedsDirectory { get; init; }

    /// <summary>Where benchmarks.json, benchmarks.md and the plots go.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Scratch space for corpora and databases; deleted after the run unless <see cref="KeepWorkDirectory"/>.</summary>
    public required string WorkDirectory { get; init; }

    public bool KeepWorkDirectory { get; init; }

    /// <summary>An existing PostgreSQL to use instead of starting a private cluster.</summary>
    public string? PostgresConnectionString { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var options = new BenchOptions
        {
            RepositoryRoot = repositoryRoot,
            SeedsDirectory = Path.Combine(repositoryRoot, "seeds"),
            OutputDirectory = Path.Combine(repositoryRoot, "docs"),
            WorkDirectory = Path.Combine(Path.GetTempPath(), $"policyarchive-bench-{Environment.ProcessId}"),
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options with { Mode = "quick", Sizes = [1_000, 3_000], PostgresArchiveSize = 1_000, XapianMaxSize = 1_000, LagSaves = 10, Warmup = 1, Repetitions = 3, MeasureBudgetSeconds = 5, LoadSeconds = 3 },
                "--smoke" => options with { Mode = "smoke", Sizes = [1_000], PostgresArchiveSize = 1_000, LagSaves = 5, Warmup = 1, Repetitions = 1, LoadSeconds = 1 },
                "--million" => options with { Sizes = [.. options.Sizes, 1_000_000] },
                "--sizes" => options with { Sizes = Value().Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList() },
                "--reps" => options with { Repetitions = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--load-seconds" => options with { LoadSeconds = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--pg-archive-size" => options with { PostgresArchiveSize = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--xapian-max-size" => options with { XapianMaxSize = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--lag-saves" => options with { LagSaves = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--concurrency" => options with { Concurrency = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--seeds" => options with { SeedsDirectory = Value() },
                "--out" => options with { OutputDirectory = Value() },
                "--work" => options with { WorkDirectory = Value() },
                "--keep" => options with { KeepWorkDirectory = true },
                "--postgres" => options with { PostgresConnectionString = Value() },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --quick, --smoke, --million, --sizes N,N, --pg-archive-size N (0: none), --lag-saves N, --xapian-max-size N, --reps N, --warmup N, --load-seconds S, --concurrency N, --seed N, --seeds DIR, --out DIR, --work DIR, --keep, --postgres CONNSTR."),
            };
        }

        if (options.PostgresArchiveSize != 0 && !options.Sizes.Contains(options.PostgresArchiveSize))
        {
            // --sizes without the default PostgreSQL size: the archive on PostgreSQL runs at the largest N that is at most it.
            var fallback = options.Sizes.Where(s => s <= options.PostgresArchiveSize).DefaultIfEmpty(options.Sizes.Min()).Max();
            options = options with { PostgresArchiveSize = fallback };
        }

        return options;
    }
}
