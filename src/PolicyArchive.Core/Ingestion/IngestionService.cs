using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Stores sources as documents and indexes them. Idempotent: a source is keyed by its origin and its content hash,
/// so ingesting the same file twice changes nothing, and a changed file becomes a new revision of the same document.
/// Each document is saved in one transaction; the index commits once per batch and catches up from the store after a crash.</summary>
public sealed class IngestionService(
    ArchiveDbContext db,
    ISourceExtractor extractor,
    ArchiveIndex index,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public async Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IEnumerable<SourceInput> inputs, CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        var changed = new List<Document>();
        foreach (var input in inputs)
        {
            var (result, document) = await IngestOneAsync(input, ct);
            results.Add(result);
            if (document is not null) changed.Add(document);
        }
        if (changed.Count > 0)
        {
            index.Upsert(changed);
            index.Commit(changed.Max(d => d.UpdatedAt));
        }
        return results;
    }

    public async Task<IngestResult> IngestAsync(SourceInput input, CancellationToken ct = default) =>
        (await IngestBatchAsync([input], ct))[0];

    private async Task<(IngestResult, Document?)> IngestOneAsync(SourceInput input, CancellationToken ct)
    {
        var name = input.FileName ?? input.Origin ?? "pasted text";
        if (input.Content.LongLength > MaxBytes)
            return Reject(name, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {input.Content.LongLength:N0} bytes; the limit is {MaxBytes:N0} bytes."));

        var sha = RevisionFactory.Sha256Hex(input.Content);
        var existing = input.Origin is null
            ? null
            : await db.Documents.Include(d => d.Authors).Include(d => d.Tags).ThenInclude(t => t.Tag)
                .Include(d => d.Passages).Include(d => d.Removals).Include(d => d.Provenance)
                .SingleOrDefaultAsync(d => d.Origin == input.Origin, ct);
        if (existing is null && await db.Documents.Where(d => d.ContentSha256 == sha).Select(d => d.PublicId).FirstOrDefaultAsync(ct) is { } same)
            return Unchanged(name, same, "the same content is already in the archive");

        CuratedSource curated;
        try
        {
            curated = CurationMerger.Merge(extractor.Extract(input.Content, input.FileName), input.Curation);
        }
        catch (IngestionRejectedException e)
        {
            return Reject(name, e.Message);
        }
        var contentChanged = existing is not null && existing.ContentSha256 != sha;
        if (existing is not null && !contentChanged && DocumentFactory.SameCuration(existing, curated))
            return Unchanged(name, existing.PublicId, "same content and curation as already stored");

        var now = clock.GetUtcNow().UtcDateTime;
        var document = existing ?? new Document { PublicId = PublicIds.New(), Origin = input.Origin, IngestedAt = now };
        DocumentFactory.Apply(document, curated, await TagsAsync(curated.Tags, ct));
        document.ContentSha256 = sha;
        document.UpdatedAt = now;
        document.RevisionNumber++;
        document.ConcurrencyVersion++;
        var (note, summary) = existing is null ? ("ingested", (string?)null)
            : contentChanged ? ("source file changed", "re-ingested") : ("curation changed", "metadata");
        document.Revisions.Add(RevisionFactory.Snapshot(document, input.Actor, note, summary, now));
        if (existing is null) db.Documents.Add(document);
        db.AuditEntries.Add(new AuditEntry { At = now, UserName = input.Actor, Action = existing is null ? "ingest.add" : "ingest.update", DocumentPublicId = document.PublicId, Details = name });
        await db.SaveChangesAsync(ct);

        var outcome = existing is null ? IngestOutcome.Added : IngestOutcome.Updated;
        logger.LogInformation("Ingestion {Outcome} {File} as {PublicId} ({Language}, {Chars} chars, {Removed} removals)",
            outcome, name, document.PublicId, document.Language, document.Body.Length, document.Removals.Count);
        return (new IngestResult(outcome, input.FileName, document.PublicId, null), document);
    }

    /// <summary>Creates the typed relations a curation file names between sources that are now stored.
    /// <paramref name="originOf"/> maps a curated file name to the origin it was ingested under.</summary>
    public async Task<int> LinkCuratedRelationsAsync(IReadOnlyDictionary<string, CurationEntry> entries, Func<string, string> originOf, CancellationToken ct = default)
    {
        var wanted = new List<(string From, string To, RelationType Type, string? Note)>();
        foreach (var (file, entry) in entries)
        {
            foreach (var r in entry.Relations ?? [])
            {
                if (CurationFile.TryParseRelationType(r.Type, out var type)) wanted.Add((originOf(file), originOf(r.Target), type, r.Note));
            }
            if (entry.TranslationOf is { } original && entries.ContainsKey(original))
                wanted.Add((originOf(file), originOf(original), RelationType.TranslationOf, null));
        }
        if (wanted.Count == 0) return 0;

        var origins = wanted.SelectMany(w => new[] { w.From, w.To }).Distinct().ToList();
        var ids = await db.Documents.Where(d => d.Origin != null && origins.Contains(d.Origin)).ToDictionaryAsync(d => d.Origin!, d => d.Id, ct);
        var added = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (from, to, type, note) in wanted)
        {
            if (!ids.TryGetValue(from, out var fromId) || !ids.TryGetValue(to, out var toId))
            {
                logger.LogWarning("Curated relation {Type} from {From} to {To} skipped: one of them is not in the archive", type, from, to);
                continue;
            }
            if (await db.Relations.AnyAsync(r => r.FromDocumentId == fromId && r.ToDocumentId == toId && r.Type == type, ct)) continue;
            db.Relations.Add(new Relation { FromDocumentId = fromId, ToDocumentId = toId, Type = type, Note = note, CreatedAt = now });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    private async Task<List<Tag>> TagsAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        var tags = new List<Tag>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var slug = Slugs.From(name);
            var tag = db.Tags.Local.FirstOrDefault(t => t.Slug == slug)
                ?? await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct)
                ?? db.Tags.Add(new Tag { Name = name.Trim(), Slug = slug }).Entity;
            tags.Add(tag);
        }
        return tags;
    }

    private (IngestResult, Document?) Reject(string name, string reason)
    {
        logger.LogWarning("Ingestion rejected {File}: {Reason}", name, reason);
        return (IngestResult.Rejected(name, reason), null);
    }

    private (IngestResult, Document?) Unchanged(string name, string publicId, string why)
    {
        logger.LogInformation("Ingestion skipped {File}: {Why} ({PublicId})", name, why, publicId);
        return (new IngestResult(IngestOutcome.Unchanged, name, publicId, why), null);
    }
}
