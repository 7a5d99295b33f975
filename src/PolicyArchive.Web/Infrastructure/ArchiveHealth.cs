using PolicyArchive.Core.Editorial;

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

    /// <summary>True for the store errors that mean "cannot write now" rather than a bug (the one rule: <see cref="StoreWriteFailure"/>).</summary>
    public static bool IsStoreWriteFailure(Exception ex) => StoreWriteFailure.IsUnavailable(ex);

    public static string Describe(Exception ex) => StoreWriteFailure.Describe(ex) ?? ex.GetType().Name;
}
