namespace PolicyArchive.Web.Infrastructure;

/// <summary>The stores the archive runs on (Archive:Store).</summary>
public enum ArchiveStore
{
    Sqlite,
    PostgreSQL,
}

public static class ArchiveStores
{
    public static ArchiveStore Parse(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? ArchiveStore.Sqlite
        : Enum.TryParse<ArchiveStore>(configured.Trim(), ignoreCase: true, out var store) ? store
        : configured.Trim().Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? ArchiveStore.PostgreSQL
        : throw new InvalidOperationException($"Archive:Store '{configured}' is not known: use Sqlite (the default) or PostgreSQL.");
}
