using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Editorial;

/// <summary>Curated collections: an ordered list of documents with a Markdown introduction. The slug is fixed at creation,
/// because /collections/{slug} is a permalink.</summary>
public sealed class CollectionEditor(ArchiveDbContext db, TimeProvider clock)
{
    public async Task<Collection> CreateAsync(string title, string? introduction, string user, CancellationToken ct = default)
    {
        title = ValidTitle(title);
        var existing = await db.Collections.AsNoTracking().Select(c => new { c.Title, c.Slug }).ToListAsync(ct);
        // The same title but for case, accents, spaces or punctuation is the same collection; any other title gets its own
        // address, even where an older collection holds the slug an earlier rule gave its title.
        if (existing.Any(c => Slugs.From(c.Title) == Slugs.From(title)))
            throw new EditorialException("A collection with this name already exists.", "title");
        var slug = Slugs.FreeFor(title, s => existing.Any(c => c.Slug == s));
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new Collection { Title = title, Slug = slug, Introduction = introduction ?? "", CreatedAt = now, UpdatedAt = now };
        db.Collections.Add(c);
        db.AuditEntries.Add(AuditActions.Entry(now, user, AuditActions.CollectionCreate, null, $"{slug}: {title}"));
        ChangeLog.Record(db, ChangeKinds.CollectionCreate, subject: slug);
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task UpdateAsync(int id, string title, string? introduction, string user, CancellationToken ct = default)
    {
        title = ValidTitle(title);
        var c = await FindAsync(id, ct);
        c.Title = title;
        c.Introduction = introduction ?? "";
        await SaveAsync(c, $"{c.Slug}: text", user, ct);
    }

    public async Task AddDocumentAsync(int id, string publicIdOrUrl, string user, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct);
        var publicId = RelationEditor.PublicIdIn(publicIdOrUrl) ?? throw new EditorialException("Give the document's id or permalink (/d/…).", "document");
        var d = await db.Documents.SingleOrDefaultAsync(x => x.PublicId == publicId, ct)
            ?? throw new EditorialException($"There is no document {publicId} in the archive.", "document");
        if (c.Items.Any(i => i.DocumentId == d.Id)) throw new EditorialException("This document is already in the collection.", "document");
        c.Items.Add(new CollectionItem { DocumentId = d.Id, Position = c.Items.Count == 0 ? 0 : c.Items.Max(i => i.Position) + 1 });
        await SaveAsync(c, $"{c.Slug}: added {publicId}", user, ct);
    }

    public async Task RemoveDocumentAsync(int id, int documentId, string user, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct);
        var item = c.Items.SingleOrDefault(i => i.DocumentId == documentId) ?? throw new EditorialException(NotInCollection);
        c.Items.Remove(item);
        await SaveAsync(c, $"{c.Slug}: removed document {documentId}", user, ct);
    }

    public const string NotInCollection = "This document is not in the collection.";

    /// <summary>Moves a document one place up (-1) or down (+1).</summary>
    public async Task MoveAsync(int id, int documentId, int direction, string user, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct);
        var ordered = c.Items.OrderBy(i => i.Position).ToList();
        var at = ordered.FindIndex(i => i.DocumentId == documentId);
        // Removed by someone else since the page was shown: saying "Order saved." would be a lie.
        if (at < 0) throw new EditorialException(NotInCollection);
        var to = at + Math.Sign(direction);
        if (to < 0 || to >= ordered.Count) return;
        (ordered[at], ordered[to]) = (ordered[to], ordered[at]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
        await SaveAsync(c, $"{c.Slug}: reordered", user, ct);
    }

    private async Task<Collection> FindAsync(int id, CancellationToken ct) =>
        await db.Collections.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new EditorialException("This collection no longer exists.");

    private async Task SaveAsync(Collection c, string details, string user, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        c.UpdatedAt = now;
        db.AuditEntries.Add(AuditActions.Entry(now, user, AuditActions.CollectionUpdate, null, details));
        // Collections are not indexed, but the entry is the archive's signal that cached pages are stale.
        ChangeLog.Record(db, ChangeKinds.CollectionUpdate, subject: c.Slug);
        await db.SaveChangesAsync(ct);
    }

    private static string ValidTitle(string? title)
    {
        title = ArchiveText.Name(title);
        if (title.Length == 0) throw new EditorialException("Give the collection a title.", "title");
        return title.Length > FieldLengths.CollectionTitle ? throw new EditorialException(EditorialMessages.Format(EditorialMessages.TitleTooLong, FieldLengths.CollectionTitle), "title") : title;
    }
}
