using Microsoft.Data.Sqlite;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>Whether editors can write right now. A store that cannot be written (a full disk, a read-only file) never stops
/// the site: readers are served from what is stored, and admin pages say that editing is unavailable and why.</summary>
public sealed class ArchiveHealth(ILogger<ArchiveHealth> logger)
{
    private const int ProbeBytes = 256 * 1024;
    private static readonly TimeSpan s_reprobe = TimeSpan.FromSeconds(10);
    private readonly object _gate = new();
    private string? _startProblem;
    private string? _diskProblem;
    private string? _dataDirectory;
    private DateTime _probedAt;

    /// <summary>Why editing is unavailable, in words for editors; null when the store can be written.</summary>
    public string? EditingUnavailable
    {
        get
        {
            if (_dataDirectory is { } dir && DateTime.UtcNow - _probedAt > s_reprobe) Probe(dir);
            return _diskProblem ?? _startProblem;
        }
    }

    public void StartFailed(string step, Exception ex)
    {
        if (IsStoreWriteFailure(ex) || step.Contains("migrations", StringComparison.Ordinal))
            _startProblem ??= "Editing is unavailable: the archive could not " + step + " (" + Describe(ex) + "). Readers are served as usual.";
    }

    /// <summary>Writes and removes a small file beside the store: a full disk fails here before any editor's save does.</summary>
    public void Probe(string dataDirectory)
    {
        lock (_gate)
        {
            _dataDirectory = dataDirectory;
            _probedAt = DateTime.UtcNow;
            var probe = Path.Combine(dataDirectory, ".write-probe");
            try
            {
                using (var f = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
                {
                    f.Write(new byte[ProbeBytes]);
                    f.Flush(flushToDisk: true);
                }
                _diskProblem = null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (_diskProblem is null) logger.LogError(ex, "The data directory {Directory} cannot be written", dataDirectory);
                _diskProblem = "Editing is unavailable: the archive's disk cannot be written (" + Describe(ex) + "). Readers are served as usual; nothing you type is saved until this is fixed.";
            }
            finally
            {
                try { File.Delete(probe); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>True for the store errors that mean "cannot write now" rather than a bug: disk full, read-only, locked, I/O.</summary>
    public static bool IsStoreWriteFailure(Exception ex) => ex switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6 or 8 or 10 or 13 or 14,
        IOException => true,
        // PostgreSQL down, restarting or unreachable: writes work again once it is back, without a restart of the node.
        Npgsql.NpgsqlException n => n.IsTransient || n is Npgsql.PostgresException { SqlState: "57P01" or "57P03" or "53300" },
        _ => ex.InnerException is { } inner && IsStoreWriteFailure(inner),
    };

    public static string Describe(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 13 } => "the disk is full",
        SqliteException { SqliteErrorCode: 5 or 6 } => "the store is locked by another writer",
        SqliteException { SqliteErrorCode: 8 } => "the store is read-only",
        SqliteException { SqliteErrorCode: 10 or 14 } => "the store's file cannot be read or written",
        Npgsql.NpgsqlException n when n.IsTransient || n is Npgsql.PostgresException { SqlState: "57P01" or "57P03" or "53300" } =>
            "the database server cannot be reached; try again in a moment",
        IOException io when io.HResult == 28 || io.Message.Contains("space", StringComparison.OrdinalIgnoreCase) => "the disk is full",
        { InnerException: { } inner } => Describe(inner),
        _ => ex.GetType().Name,
    };
}
