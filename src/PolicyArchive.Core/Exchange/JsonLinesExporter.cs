using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Exchange;

/// <summary>Writes the archive as JSON Lines: documents (oldest first, by store order), then collections, tombstones, the
/// thesaurus and the old tag addresses.
/// Streams in batches, so the whole archive is never in memory at once.</summary>
public sealed class JsonLinesExporter(ArchiveDbContext db)
{
    private const int BatchSize = 200;

    /// <param name="includeWithdrawn">Withdrawn documents are kept for a lossless backup; the public export leaves them out.</param>
    public async Task<int> ExportAsync(Stream output, bool includeWithdrawn, CancellationToken ct = default)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        await using (writer)
        {
            // Ids and statuses only (never bodies), once: the id → public id map, and the set of exported ids.
            var keys = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.PublicId, d.Status }).ToListAsync(ct);
            var publicIds = keys.ToDictionary(d => d.Id, d => d.PublicId);
            // Links to documents left out of this export are left out too, so the file imports on its own.
            var exported = keys.Where(d => includeWithdrawn || d.Status == DocumentStatus.Published).Select(d => d.Id).ToHashSet();
            var count = 0;
            var lastId = 0;
            var source = db.Documents.AsNoTracking().Where(d => includeWithdrawn || d.Status == DocumentStatus.Published);
            while (true)
            {
                var batch = await source.Where(d => d.Id > lastId).OrderBy(d => d.Id).Take(BatchSize)
                    .WithIndexedParts()
                    .Include(d => d.Provenance).Include(d => d.Removals).Include(d => d.Revisions)
                    .AsSplitQuery().ToListAsync(ct);
                if (batch.Count == 0) break;
                if (!includeWithdrawn)
                {
                    // The public file names editors as the public history does (never an e-mail); the backup keeps accounts.
                    var names = await Editorial.EditorNames.PublicAsync(db, batch.SelectMany(d => d.Revisions).Select(r => r.CreatedBy), ct);
                    foreach (var r in batch.SelectMany(d => d.Revisions)) r.CreatedBy = names[r.CreatedBy];
                }
                var ids = batch.Select(d => d.Id).ToList();
                var relations = (await db.Relations.AsNoTracking().Where(r => ids.Contains(r.FromDocumentId)).ToListAsync(ct))
                    .Where(r => exported.Contains(r.ToDocumentId))
                    .ToLookup(r => r.FromDocumentId);
                foreach (var d in batch)
                {
                    await WriteAsync(writer, RecordMapper.ToRecord(d, publicIds, relations[d.Id]));
                    count++;
                }
                lastId = batch[^1].Id;
            }

            var collections = await db.Collections.AsNoTracking().Include(c => c.Items).OrderBy(c => c.Id).ToListAsync(ct);
            foreach (var c in collections)
            {
                await WriteAsync(writer, new CollectionRecord
                {
                    Slug = c.Slug,
                    Title = c.Title,
                    Introduction = c.Introduction,
                    CreatedAt = ExchangeJson.Utc(c.CreatedAt),
                    UpdatedAt = ExchangeJson.Utc(c.UpdatedAt),
                    Items = c.Items.Where(i => exported.Contains(i.DocumentId)).OrderBy(i => i.Position).Select(i => new CollectionItemRecord(publicIds[i.DocumentId], i.Position)).ToList(),
                });
            }
            foreach (var t in await db.Tombstones.AsNoTracking().OrderBy(t => t.PublicId).ToListAsync(ct))
            {
                await WriteAsync(writer, new TombstoneRecord
                {
                    PublicId = t.PublicId, Title = t.Title, Reason = t.Reason, DeletedAt = ExchangeJson.Utc(t.DeletedAt), DeletedBy = t.DeletedBy,
                });
            }
            var concepts = await db.ThesaurusConcepts.AsNoTracking().Include(c => c.Terms).OrderBy(c => c.Id).ToListAsync(ct);
            foreach (var c in concepts)
            {
                await WriteAsync(writer, new ConceptRecord
                {
                    Key = c.Key, Label = c.Label, Notes = c.Notes,
                    Terms = c.Terms.OrderBy(t => t.Id).Select(t => new ConceptTermRecord(t.Language, t.Text)).ToList(),
                });
            }
            var aliases = await db.TagAliases.AsNoTracking().Join(db.Tags, a => a.TagId, t => t.Id, (a, t) => new { a.Slug, Tag = t.Slug })
                .OrderBy(a => a.Slug).ToListAsync(ct);
            foreach (var a in aliases) await WriteAsync(writer, new TagAliasRecord { Slug = a.Slug, Tag = a.Tag });
            foreach (var a in await db.TranslationAlignments.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct))
            {
                if (!exported.Contains(a.TranslationDocumentId) || !exported.Contains(a.OriginalDocumentId)) continue;
                await WriteAsync(writer, new AlignmentRecord
                {
                    Translation = publicIds[a.TranslationDocumentId], Original = publicIds[a.OriginalDocumentId], Rows = a.Rows,
                    UpdatedAt = ExchangeJson.Utc(a.UpdatedAt), UpdatedBy = a.UpdatedBy,
                });
            }
            // Saved searches are the editors' own work: kept in the lossless backup, not in the public file.
            if (includeWithdrawn)
            {
                foreach (var s in await db.SavedSearches.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct))
                    await WriteAsync(writer, new SavedSearchRecord { Name = s.Name, Query = s.Query, CreatedBy = s.CreatedBy, CreatedAt = ExchangeJson.Utc(s.CreatedAt) });
            }
            return count;
        }
    }

    private static Task WriteAsync(StreamWriter writer, ExchangeRecord record) =>
        writer.WriteLineAsync(JsonSerializer.Serialize(record, ExchangeJson.Options));
}
