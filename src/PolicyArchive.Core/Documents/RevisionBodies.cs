using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Documents;

/// <summary>The one rule of how revision bodies are stored: a revision whose body is the document's current body keeps
/// none (<see cref="Revision.Body"/> is null) and the document's row holds it. Every save that changes a document's body
/// first writes the body the store still holds into the revisions that keep none, in the same transaction, whichever code
/// changed it; reads fill it back from the document.</summary>
public static class RevisionBodies
{
    /// <summary>Revision <paramref name="number"/> of the document, untracked, its body filled in; null when it has none.</summary>
    public static async Task<Revision?> FindAsync(ArchiveDbContext db, int documentId, int number, CancellationToken ct = default) =>
        await FillAsync(db, await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.DocumentId == documentId && r.Number == number, ct), ct);

    /// <summary>The document's latest revision, untracked, its body filled in; null when it has none.</summary>
    public static async Task<Revision?> LatestAsync(ArchiveDbContext db, int documentId, CancellationToken ct = default) =>
        await FillAsync(db, await db.Revisions.AsNoTracking().Where(r => r.DocumentId == documentId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct), ct);

    /// <summary>The revision's body: its own, or its document's current one.</summary>
    public static async Task<string> BodyAsync(ArchiveDbContext db, Revision revision, CancellationToken ct = default) =>
        revision.Body ?? await db.Documents.AsNoTracking().Where(d => d.Id == revision.DocumentId).Select(d => d.Body).SingleAsync(ct);

    private static async Task<Revision?> FillAsync(ArchiveDbContext db, Revision? revision, CancellationToken ct)
    {
        if (revision is not null) revision.Body = await BodyAsync(db, revision, ct);
        return revision;
    }

    internal static void WriteOut(ArchiveDbContext db)
    {
        foreach (var entry in Changed(db))
        {
            var stored = db.Documents.AsNoTracking().Where(d => d.Id == entry.Entity.Id).Select(d => d.Body).Single();
            if (stored == entry.Entity.Body) continue;
            foreach (var revision in db.Revisions.Where(r => r.DocumentId == entry.Entity.Id && r.Body == null).ToList()) revision.Body = stored;
        }
    }

    internal static async Task WriteOutAsync(ArchiveDbContext db, CancellationToken ct)
    {
        foreach (var entry in Changed(db))
        {
            // The store's value, not the tracker's original: a document attached rather than loaded has no original to trust.
            var stored = await db.Documents.AsNoTracking().Where(d => d.Id == entry.Entity.Id).Select(d => d.Body).SingleAsync(ct);
            if (stored == entry.Entity.Body) continue;
            foreach (var revision in await db.Revisions.Where(r => r.DocumentId == entry.Entity.Id && r.Body == null).ToListAsync(ct)) revision.Body = stored;
        }
    }

    private static List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Document>> Changed(ArchiveDbContext db) =>
        db.ChangeTracker.Entries<Document>().Where(e => e.State == EntityState.Modified && e.Property(d => d.Body).IsModified).ToList();
}
