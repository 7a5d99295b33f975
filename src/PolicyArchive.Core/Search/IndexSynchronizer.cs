using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Search;

/// <summary>Brings the index up to the store, which is the source of truth: a missing or inconsistent index is rebuilt,
/// one that is only behind gets the documents changed since its watermark.</summary>
public sealed class IndexSynchronizer(ArchiveDbContext db, ArchiveIndex index, ILogger<IndexSynchronizer> logger)
{
    private const int BatchSize = 500;

    public async Task SynchronizeAsync(CancellationToken ct = default)
    {
        var published = await db.Documents.CountAsync(d => d.Status == DocumentStatus.Published, ct);
        var storeWatermark = await db.Documents.MaxAsync(d => (DateTime?)d.UpdatedAt, ct);
        var indexWatermark = index.Watermark;
        var indexed = index.DocumentCount;

        if (indexWatermark is null || !index.HasCurrentSchema || (indexWatermark >= storeWatermark && indexed != published))
        {
            logger.LogInformation("Rebuilding the index from the store ({Published} documents; index had {Indexed})", published, indexed);
            await RebuildAsync(storeWatermark, ct);
        }
        else if (storeWatermark > indexWatermark)
        {
            logger.LogInformation("Index behind the store since {Watermark:o}: catching up", indexWatermark);
            await UpsertAsync(db.Documents.Where(d => d.UpdatedAt > indexWatermark), ct);
            index.Commit(storeWatermark);
            if (index.DocumentCount != published)
            {
                logger.LogWarning("Index count differs from the store after catching up; rebuilding ({Published} documents)", published);
                await RebuildAsync(storeWatermark, ct);
            }
        }
        else
        {
            logger.LogInformation("Index is current: {Indexed} documents", indexed);
        }
    }

    /// <summary>Everything again, in one commit, so searches keep the old view until the new one is complete.
    /// Only published documents are read: after DeleteAll the others have nothing to remove.</summary>
    private async Task RebuildAsync(DateTime? storeWatermark, CancellationToken ct)
    {
        index.DeleteAll();
        await UpsertAsync(db.Documents.Where(d => d.Status == DocumentStatus.Published), ct);
        index.Commit(storeWatermark ?? DateTime.MinValue);
    }

    private async Task UpsertAsync(IQueryable<Document> source, CancellationToken ct)
    {
        var lastId = 0;
        while (true)
        {
            var batch = await source.Where(d => d.Id > lastId).OrderBy(d => d.Id).Take(BatchSize)
                .WithIndexedParts()
                .AsNoTracking().AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0) return;
            index.Upsert(batch);
            lastId = batch[^1].Id;
        }
    }
}
