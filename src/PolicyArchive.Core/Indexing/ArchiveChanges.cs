using System.Collections.Concurrent;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Indexing;

/// <summary>What has happened to the archive, as far as this process's index knows: the change-log cursor the index has
/// reached, the "archive changed" signal that caches and feeds follow, and the wait an editor's save makes until its change
/// is searchable. Writers wake the indexer here; they never see the index writer.</summary>
public sealed class ArchiveChanges
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly ConcurrentDictionary<long, IndexHint> _hints = new();
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _applied = -1;
    private TaskCompletionSource? _gate;

    /// <summary>Raised once per indexed batch of changes, after searchers see it: drop cached pages and feeds here.</summary>
    public event Action<ArchiveChanged>? Changed;

    /// <summary>The last change-log sequence number searches in this process can see; -1 before the index is ready.</summary>
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>True while an indexer follows the change log in this process (not in a command run beside the app).</summary>
    public bool IsFollowing { get; internal set; }

    /// <summary>True while the index is being rebuilt from the store.</summary>
    public bool IsRebuilding { get; internal set; }

    /// <summary>Keeps the indexer from reading the store until <see cref="ReleaseIndexer"/> (the app's start-up migrates it first).</summary>
    public void HoldIndexer() => Interlocked.CompareExchange(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    public void ReleaseIndexer() => _gate?.TrySetResult();

    internal Task IndexerGate => _gate?.Task ?? Task.CompletedTask;

    /// <summary>Asks the indexer to look at the change log now rather than at its next poll.</summary>
    public void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0) _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    /// <summary>Wakes the indexer and waits until the change <paramref name="sequence"/> is searchable in this process.
    /// False when the wait ran out (or no indexer runs here): the change is stored and will be searchable shortly.</summary>
    public async Task<bool> WaitUntilSearchableAsync(long sequence, TimeSpan timeout, CancellationToken ct = default)
    {
        Wake();
        var deadline = DateTime.UtcNow + timeout;
        while (Applied < sequence)
        {
            if (!IsFollowing) return false;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return false;
            var progress = Volatile.Read(ref _progress).Task;
            if (Applied >= sequence) break;
            try
            {
                await progress.WaitAsync(left, ct);
            }
            catch (TimeoutException)
            {
                return Applied >= sequence;
            }
        }
        return true;
    }

    /// <summary>Documents a writer of this process has in memory already, with their near-duplicate bands: the indexer
    /// uses them for change <paramref name="sequence"/> instead of reading them back (a bulk import's throughput).</summary>
    public void Offer(long sequence, IReadOnlyList<Document> documents, Func<Document, IReadOnlyList<string>?> bands)
    {
        if (IsFollowing && sequence > Applied) _hints[sequence] = new IndexHint(documents, bands);
    }

    internal IndexHint? TakeHint(long sequence) => _hints.TryRemove(sequence, out var hint) ? hint : null;

    internal Task WaitForWakeAsync(TimeSpan poll, CancellationToken ct) => _wake.WaitAsync(poll, ct);

    internal void MarkApplied(long cursor, IReadOnlyCollection<string> kinds, int documents)
    {
        var before = Interlocked.Exchange(ref _applied, cursor);
        foreach (var stale in _hints.Keys.Where(k => k <= cursor)) _hints.TryRemove(stale, out _);
        // Followers (the readers' cache) first, then those waiting for the change: a writer told "searchable" must not
        // then be served a page or feed cached before it.
        try
        {
            if (cursor != before || kinds.Count > 0) Changed?.Invoke(new ArchiveChanged(cursor, kinds, documents));
        }
        finally
        {
            Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }
}

/// <summary>The "archive changed" signal: how far the index has got, what kinds of change it just took in.</summary>
public sealed record ArchiveChanged(long Cursor, IReadOnlyCollection<string> Kinds, int Documents);

internal sealed record IndexHint(IReadOnlyList<Document> Documents, Func<Document, IReadOnlyList<string>?> Bands);
