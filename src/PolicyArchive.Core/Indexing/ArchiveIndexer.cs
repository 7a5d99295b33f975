using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Indexing;

/// <summary>The one writer of the index in a process. It follows the store's change log: reads the entries after its cursor
/// in batches, reads the documents they touched back from the store, updates the index, commits with the cursor in the
/// commit data, refreshes the searchers and raises <see cref="ArchiveChanges.Changed"/>. A missing, damaged or outdated
/// index is rebuilt from the store into a fresh folder and swapped in, while searches read the old one.
/// A failing index never fails a write: writers have committed to the store before the indexer sees their change.</summary>
public sealed class ArchiveIndexer(
    ArchiveIndex index,
    ArchiveChanges changes,
    IServiceScopeFactory scopes,
    IOptions<IndexerOptions> options,
    TimeProvider clock,
    ILogger<ArchiveIndexer> logger,
    IInFlightTransactions? inFlight = null) : BackgroundService
{
    private const int StoreReadBatch = 500;
    private readonly ChangeLogGaps _gaps = new(clock);

    // A gap seen with a store that knows its running transactions: the entry it was seen below, and who was running then.
    private (long SeenBelow, string Running)? _openGap;

    // Entries up to here may already be in the index through a rebuild: their "created" documents are replaced, not added.
    private long _rebuildHorizon;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Set before the first await, which the host runs while it starts this service: the app's start-up, waiting for
        // the seeds to be searchable, then knows an indexer is coming even if this thread has not run again yet.
        changes.IsFollowing = true;
        try
        {
            await Task.Yield();
            await changes.IndexerGate.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var more = false;
                try
                {
                    more = await StepAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (ArchiveIndex.IsIndexFailure(ex) && ex is not InvalidOperationException || ex is ObjectDisposedException)
                {
                    logger.LogError(ex, "The index failed; it will be rebuilt from the store");
                    index.MarkDamaged(ex);
                }
                catch (Exception ex)
                {
                    // The store may be locked or unreachable: try again at the next poll, the cursor has not moved.
                    logger.LogWarning(ex, "The indexer could not follow the change log; trying again");
                }
                if (!more) await changes.WaitForWakeAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            changes.IsFollowing = false;
        }
    }

    /// <summary>One step: rebuild if needed, else apply the next batch of entries. True when more work is waiting.</summary>
    public async Task<bool> StepAsync(CancellationToken ct = default)
    {
        if (!index.IsOwner && !index.TryTakeOwnership())
        {
            // Another process (an import run beside the app) owns the index: read its commits until it lets go.
            index.RefreshFromOwner();
            var applied = index.Cursor ?? -1;
            changes.MarkApplied(applied, await KindsAppliedByOwnerAsync(changes.Applied, applied, ct), 0);
            return false;
        }
        if (options.Value.Paused) return false;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        if (index.RebuildReason is { } reason)
        {
            await RebuildAsync(db, reason, ct);
            return true;
        }
        var cursor = index.Cursor!.Value;
        // Asked before the entries are read: a number still missing after every transaction that could hold it has ended never comes.
        var settledUpTo = -1L;
        if (_openGap is { } gap && inFlight is not null && await inFlight.HaveEndedAsync(db, gap.Running, ct))
        {
            settledUpTo = gap.SeenBelow;
            _openGap = null;
        }
        var entries = await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > cursor).OrderBy(e => e.Sequence)
            .Take(options.Value.BatchEntries).ToListAsync(ct);
        if (entries.Count == 0)
        {
            // A store restored from a backup older than the index: the index holds changes the store no longer has.
            if (await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) is { } max && max < cursor)
            {
                await RebuildAsync(db, "the store is older than the index", ct);
                return true;
            }
            changes.MarkApplied(cursor, [], 0);
            return false;
        }
        var ready = _gaps.Ready(cursor, entries, settledUpTo, patienceApplies: inFlight is null);
        if (ready.Count < entries.Count && inFlight is not null && _openGap is null)
            _openGap = (entries[^1].Sequence, await inFlight.CaptureAsync(db, ct));
        if (ready.Count == 0) return false;
        await ApplyAsync(db, ready, ct);
        return ready.Count == entries.Count && entries.Count == options.Value.BatchEntries;
    }

    /// <summary>The kinds of change the owner took in since this process last looked, read from the store: followers of
    /// the signal act on them (a thesaurus changed by the other process is reloaded here), and this process, once it owns
    /// the index, goes on from the owner's cursor and never sees those entries itself.</summary>
    private async Task<IReadOnlyCollection<string>> KindsAppliedByOwnerAsync(long seen, long applied, CancellationToken ct)
    {
        if (applied <= seen) return [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        return await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > seen && e.Sequence <= applied).Select(e => e.Kind).Distinct().ToListAsync(ct);
    }

    /// <summary>Runs steps until the index has taken in every change committed so far (the import command's last wait).</summary>
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        while (await StepAsync(ct))
        {
        }
    }

    /// <summary>Merges the index into a few large segments after a bulk import has been taken in, for faster searches.
    /// A failure only costs that speed: it is logged, never raised, and the index stays as it was.</summary>
    public void Compact()
    {
        if (!index.IsOwner) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            index.Compact();
            logger.LogInformation("Index merged into at most {Segments} segments in {Seconds:F1} s", IndexWrites.CompactSegments,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception ex) when (ArchiveIndex.IsIndexFailure(ex))
        {
            logger.LogWarning(ex, "The index could not be merged after the import; searches work, only slower");
        }
    }

    private async Task ApplyAsync(ArchiveDbContext db, IReadOnlyList<ChangeLogEntry> entries, CancellationToken ct)
    {
        // The last entry that touches a document decides how it is read: from a writer's hint, or back from the store.
        var lastTouch = new Dictionary<string, long>(StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            foreach (var id in e.DocumentIds) lastTouch[id] = e.Sequence;
            if (e.Sequence > _rebuildHorizon) created.UnionWith(e.CreatedIds);
        }
        var fromHints = new List<(Document Document, Func<Document, IReadOnlyList<string>?> Bands)>();
        foreach (var e in entries)
        {
            if (changes.TakeHint(e.Sequence) is not { } hint) continue;
            foreach (var d in hint.Documents.Where(d => lastTouch.TryGetValue(d.PublicId, out var s) && s == e.Sequence))
            {
                fromHints.Add((d, hint.Bands));
                lastTouch.Remove(d.PublicId);
            }
        }

        var toRead = lastTouch.Keys.ToList();
        var read = new List<Document>(toRead.Count);
        foreach (var chunk in toRead.Chunk(StoreReadBatch))
        {
            read.AddRange(await db.Documents.AsNoTracking().AsSplitQuery().Where(d => chunk.Contains(d.PublicId))
                .WithIndexedParts().ToListAsync(ct));
        }
        var found = read.Select(d => d.PublicId).ToHashSet(StringComparer.Ordinal);

        foreach (var group in fromHints.GroupBy(h => h.Bands))
        {
            var docs = group.Select(h => h.Document).ToList();
            index.Add(docs.Where(d => created.Contains(d.PublicId)), group.Key);
            index.Upsert(docs.Where(d => !created.Contains(d.PublicId)), group.Key);
        }
        index.Add(read.Where(d => created.Contains(d.PublicId)), _ => null);
        index.Upsert(read.Where(d => !created.Contains(d.PublicId)), _ => null);
        foreach (var gone in toRead.Where(id => !found.Contains(id))) index.Delete(gone);

        var cursor = entries[^1].Sequence;
        index.Commit(cursor);
        var kinds = entries.Select(e => e.Kind).Distinct(StringComparer.Ordinal).ToList();
        logger.LogDebug("Indexed change-log entries up to {Cursor} ({Kinds}; {Documents} documents)", cursor, string.Join(", ", kinds), fromHints.Count + toRead.Count);
        changes.MarkApplied(cursor, kinds, fromHints.Count + toRead.Count);
    }

    /// <summary>Everything again from the store into a fresh folder; searches keep the old index until the new one is swapped
    /// in. The cursor is read first: a change committed while the documents are read is applied again afterwards, harmlessly.</summary>
    private async Task RebuildAsync(ArchiveDbContext db, string reason, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        logger.LogWarning("Rebuilding the index from the store: {Reason}", reason);
        index.IsRebuilding = changes.IsRebuilding = true;
        try
        {
            var horizon = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            if (inFlight is not null)
            {
                // An entry below the horizon may still be in flight: read the documents only once it has committed or rolled back.
                var running = await inFlight.CaptureAsync(db, ct);
                while (!await inFlight.HaveEndedAsync(db, running, ct)) await Task.Delay(100, ct);
            }
            var built = index.BeginRebuild();
            var count = 0;
            try
            {
                if (built.Writer is null) throw new IOException("No folder for a new index could be made: " + index.RebuildReason);
                var lastId = 0;
                while (true)
                {
                    var batch = await db.Documents.AsNoTracking().AsSplitQuery()
                        .Where(d => d.Status == DocumentStatus.Published && d.Id > lastId).OrderBy(d => d.Id).Take(StoreReadBatch)
                        .WithIndexedParts().ToListAsync(ct);
                    if (batch.Count == 0) break;
                    IndexWrites.Add(built.Writer, batch, _ => null);
                    count += batch.Count;
                    lastId = batch[^1].Id;
                }
                IndexWrites.Commit(built.Writer, horizon);
                IndexWrites.Compact(built.Writer);
            }
            catch
            {
                built.Dispose();
                if (built.Path is { } p) TryDelete(p);
                throw;
            }
            index.SwapIn(built);
            _rebuildHorizon = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            logger.LogInformation("Index rebuilt: {Count} documents up to change {Cursor} in {Seconds:F1} s", count, horizon,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            changes.MarkApplied(horizon, [ChangeKinds.Unnamed], count);
        }
        finally
        {
            index.IsRebuilding = changes.IsRebuilding = false;
        }
    }

    private static void TryDelete(string path)
    {
        try { System.IO.Directory.Delete(path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
