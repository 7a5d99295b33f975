namespace PolicyArchive.Web.Infrastructure;

/// <summary>The "Archive" configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Holds the SQLite file (archive.db) and the Lucene index (index/). Relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Sqlite (the default: archive.db in the data directory) or PostgreSQL (ConnectionStrings:Archive), shared by
    /// several nodes, each with its own index in its own data directory.</summary>
    public string Store { get; set; } = nameof(ArchiveStore.Sqlite);

    /// <summary>Seed texts ingested at start; relative paths are under the content root. Empty to ingest nothing.</summary>
    public string? SeedsDirectory { get; set; } = "../../seeds";

    public bool ApplyMigrationsAtStart { get; set; } = true;
    public bool IngestSeedsAtStart { get; set; } = true;

    /// <summary>How long start-up waits for the index to take in the store before serving anyway (a large rebuild goes on behind).</summary>
    public TimeSpan IndexWaitAtStart { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest upload or pasted body accepted, in bytes.</summary>
    public long MaxSourceBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time one file may take to read (upload, import or seed); past it the file is refused, the others go on.</summary>
    public double SourceTimeBudgetSeconds { get; set; } = 30;

    /// <summary>Addresses (or CIDR networks) of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed: the client's address for rate limits, https for Secure cookies and HSTS. Empty: none is believed.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>This node's name, sent as X-Archive-Node on every answer (Nodes/NodeName.cs); none by default.</summary>
    public string? NodeName { get; set; }

    public AdminOptions Admin { get; set; } = new();
    public RateLimitOptions RateLimits { get; set; } = new();
    public SearchOptions Search { get; set; } = new();

    public sealed class AdminOptions
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    public sealed class RateLimitOptions
    {
        public int SearchPerMinute { get; set; } = 120;
        public int LoginPerMinute { get; set; } = 10;
    }

    public sealed class SearchOptions
    {
        /// <summary>Hits of searches remembered for the index as it is now (ResultCache); 0 turns it off, as the
        /// benchmark does to measure searches themselves.</summary>
        public int ResultCacheHits { get; set; } = Core.Search.ResultCache.DefaultCapacity;
    }
}
