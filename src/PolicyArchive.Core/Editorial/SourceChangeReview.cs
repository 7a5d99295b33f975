using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

public sealed record SourceChangeNotice(string PublicId, string Slug, string Title, DateTime DetectedAt, string DetectedBy);

/// <summary>The editor's version beside what the changed source now gives: metadata and text, as revisions are compared.</summary>
public sealed record SourceChangeReport(SourceChange Change, RevisionComparison Comparison);

/// <summary>Sources that changed after an editor revised their document (see <see cref="SourceChange"/>): listed on the
/// editors' desk, compared on the document's edit page, and marked seen there. Marking one seen keeps the editor's version;
/// the same source version is never flagged again.</summary>
public sealed class SourceChangeReview(ArchiveDbContext db, TimeProvider clock)
{
    public const string AuditSeen = "ingest.source-change-seen";

    public async Task<IReadOnlyList<SourceChangeNotice>> OpenAsync(CancellationToken ct = default)
    {
        var open = await (
            from c in db.SourceChanges.AsNoTracking()
            where c.ResolvedAt == null
            join d in db.Documents on c.DocumentId equals d.Id
            select new { d.PublicId, d.Slug, d.Title, c.DetectedAt, c.DetectedBy, c.Id }).ToListAsync(ct);
        return open.GroupBy(c => c.PublicId).Select(g => g.OrderByDescending(c => c.Id).First())
            .OrderByDescending(c => c.DetectedAt)
            .Select(c => new SourceChangeNotice(c.PublicId, c.Slug, c.Title, c.DetectedAt, c.DetectedBy)).ToList();
    }

    /// <summary>The latest open change of a document's source against the document's current revision; null when none is open.</summary>
    public async Task<SourceChangeReport?> ForDocumentAsync(string publicId, CancellationToken ct = default)
    {
        var documentId = await db.Documents.Where(d => d.PublicId == publicId).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        if (documentId is null) return null;
        var change = await db.SourceChanges.AsNoTracking().Where(c => c.DocumentId == documentId && c.ResolvedAt == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (change is null) return null;
        var current = await RevisionBodies.LatestAsync(db, documentId.Value, ct)
            ?? throw new InvalidOperationException($"Document {publicId} has no revision.");
        var source = new Revision
        {
            Number = 0,
            CreatedAt = change.DetectedAt,
            CreatedBy = change.DetectedBy,
            Note = "the source's new version",
            Title = change.Title,
            Body = change.Body,
            MetadataJson = change.MetadataJson,
        };
        return new SourceChangeReport(change, RevisionComparison.Of(current, source));
    }

    /// <summary>Keeps the editor's version: every open change of this document's source is marked seen.</summary>
    /// <returns>False when nothing was open.</returns>
    public async Task<bool> MarkSeenAsync(string publicId, string editor, CancellationToken ct = default)
    {
        var documentId = await db.Documents.Where(d => d.PublicId == publicId).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        if (documentId is null) return false;
        var open = await db.SourceChanges.Where(c => c.DocumentId == documentId && c.ResolvedAt == null).ToListAsync(ct);
        if (open.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in open) (c.ResolvedAt, c.ResolvedBy) = (now, editor);
        db.AuditEntries.Add(AuditActions.Entry(now, editor, AuditSeen, publicId, "kept the editor's version over the changed source"));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
