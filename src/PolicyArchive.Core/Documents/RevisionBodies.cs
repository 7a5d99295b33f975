using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Documents;

/// <summary>The one rule of how revision bodies are stored: a revision whose body is the document's current body keeps
/// none (<see cref="Revision.Body"/> is null) and the document's row holds it. Every save that changes a document's body
/// first writes the body the store still holds into the revisions that keep none, in the same transaction, whichever code
/// changed it; a revision added keeps none when its text is the document's body as saved; reads fill it back from the
/// document in the same statement.</summary>
public static class RevisionBodies
{
    /// <summary>Revision <paramref name="number"/> of the document, untracked, its body filled in; null when it has none.</summary>
    public static Task<Revision?> FindAsync(ArchiveDbContext db, int documentId, int number, CancellationToken ct = default) =>
        FirstAsync(db, db.Revisions.AsNoTracking().Where(r => r.DocumentId == documentId && r.Number == number), ct);

    /// <summary>The document's latest revision, untracked, its body filled in; null when it has none.</summary>
    public static Task<Revision?> LatestAsync(ArchiveDbContext db, int documentId, CancellationToken ct = default) =>
        FirstAsync(db, db.Revisions.AsNoTracking().Where(r => r.DocumentId == documentId).OrderByDescending(r => r.Number), ct);

    /// <summary>The first revision <paramref name="revisions"/> gives, its body filled in. One statement reads the revision
    /// and its document's body together: an edit committed between two reads could otherwise pair a revision that kept no
    /// body with a body it never had.</summary>
    public static async Task<Revision?> FirstAsync(ArchiveDbContext db, IQueryable<Revision> revisions, CancellationToken ct = default)
    {
        var found = await revisions
            .Select(r => new { Revision = r, Current = db.Documents.Where(d => d.Id == r.DocumentId).Select(d => d.Body).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        found.Revision.Body ??= found.Current;
        return found.Revision;
    }

    /// <summary>The body of a revision read through this class.</summary>
    public static string Text(Revision read) =>
        read.Body ?? throw new InvalidOperationException($"Revision {read.Number} was read without its body (read it through RevisionBodies).");

    /// <summary>The revisions of documents read with them (an export) that the document's row already knew of: a revision
    /// saved after the document was read may keep no body while the row read holds the body before it.</summary>
    public static IEnumerable<(Revision Revision, string Body)> Of(Document read) =>
        read.Revisions.Where(r => r.Number <= read.RevisionNumber).Select(r => (r, r.Body ?? read.Body));

    internal static void WriteOut(ArchiveDbContext db)
    {
        foreach (var entry in Changed(db))
        {
            var stored = db.Documents.AsNoTracking().Where(d => d.Id == entry.Entity.Id).Select(d => d.Body).Single();
            if (stored == entry.Entity.Body) continue;
            foreach (var revision in db.Revisions.Where(r => r.DocumentId == entry.Entity.Id && r.Body == null).ToList()) revision.Body = stored;
        }
        DropCopies(db);
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
        DropCopies(db);
    }

    // A new revision is written with its text (RevisionFactory) and keeps none only if that text is its document's body as
    // saved: two revisions added in one save with the body changed between them each keep what they were given.
    private static void DropCopies(ArchiveDbContext db)
    {
        foreach (var document in db.ChangeTracker.Entries<Document>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity))
        {
            foreach (var revision in document.Revisions)
            {
                if (revision.Body == document.Body && db.Entry(revision).State == EntityState.Added) revision.Body = null;
            }
        }
    }

    private static List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Document>> Changed(ArchiveDbContext db) =>
        db.ChangeTracker.Entries<Document>().Where(e => e.State == EntityState.Modified && e.Property(d => d.Body).IsModified).ToList();
}
