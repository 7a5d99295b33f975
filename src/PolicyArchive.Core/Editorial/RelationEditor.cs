using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Editorial;

/// <summary>Adds and removes typed relations between documents, each with an audit entry.</summary>
public sealed class RelationEditor(ArchiveDbContext db, TimeProvider clock)
{
    public async Task<Relation> AddAsync(string fromPublicId, string toPublicIdOrUrl, RelationType type, string? note, string user, CancellationToken ct = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > FieldLengths.Note) throw new EditorialException($"A note has at most {FieldLengths.Note} characters.", "note");
        var toId = PublicIdIn(toPublicIdOrUrl)
            ?? throw new EditorialException("Give the other document's id or permalink (/d/…).", "target");
        var from = await db.Documents.SingleOrDefaultAsync(d => d.PublicId == fromPublicId, ct)
            ?? throw new EditorialException("There is no document with this id.");
        var to = await db.Documents.SingleOrDefaultAsync(d => d.PublicId == toId, ct)
            ?? throw new EditorialException($"There is no document {toId} in the archive.", "target");
        if (from.Id == to.Id) throw new EditorialException("A document cannot be related to itself.", "target");
        // SameEventAs is symmetric: one row either way is enough.
        var exists = await db.Relations.AnyAsync(r => r.Type == type
            && ((r.FromDocumentId == from.Id && r.ToDocumentId == to.Id)
                || (type == RelationType.SameEventAs && r.FromDocumentId == to.Id && r.ToDocumentId == from.Id)), ct);
        if (exists) throw new EditorialException("This relation is already recorded.", "target");

        var now = clock.GetUtcNow().UtcDateTime;
        var relation = new Relation { FromDocumentId = from.Id, ToDocumentId = to.Id, Type = type, Note = note, CreatedAt = now };
        db.Relations.Add(relation);
        db.AuditEntries.Add(AuditActions.Entry(now, user, AuditActions.RelationAdd, from.PublicId, $"{type} {to.PublicId}"));
        // Nothing to index, but the entry is what drops cached pages showing relations.
        ChangeLog.Record(db, ChangeKinds.RelationAdd, subject: $"{from.PublicId} {type} {to.PublicId}");
        await db.SaveChangesAsync(ct);
        return relation;
    }

    public async Task RemoveAsync(string documentPublicId, int relationId, string user, CancellationToken ct = default)
    {
        var relation = await db.Relations.Include(r => r.From).Include(r => r.To)
            .SingleOrDefaultAsync(r => r.Id == relationId && (r.From.PublicId == documentPublicId || r.To.PublicId == documentPublicId), ct)
            ?? throw new EditorialException("This relation no longer exists.");
        db.Relations.Remove(relation);
        db.AuditEntries.Add(AuditActions.Entry(clock.GetUtcNow().UtcDateTime, user, AuditActions.RelationRemove, documentPublicId,
            $"{relation.From.PublicId} {relation.Type} {relation.To.PublicId}"));
        ChangeLog.Record(db, ChangeKinds.RelationRemove, subject: $"{relation.From.PublicId} {relation.Type} {relation.To.PublicId}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Accepts a bare id or any URL or path containing /d/{id}.</summary>
    public static string? PublicIdIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (PublicIds.Canonical(text) is { } id) return id;
        var at = text.IndexOf("/d/", StringComparison.Ordinal);
        return at < 0 ? null : PublicIds.Canonical(text[(at + 3)..].Split('/', '?', '#')[0]);
    }
}
