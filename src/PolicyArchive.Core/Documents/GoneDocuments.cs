using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Documents;

/// <summary>What an address of a document says once the document is no longer published: its title, the public reason
/// and the day. <see cref="Deleted"/>: an administrator deleted it (a tombstone is all that is left); else it was withdrawn
/// (the document and its revisions are kept).</summary>
public sealed record GoneDocument(string PublicId, string Title, string Reason, DateTime At, bool Deleted)
{
    public string Status => Deleted ? "Deleted" : nameof(DocumentStatus.Withdrawn);
}

/// <summary>The one rule behind "410 Gone": every address derived from a permalink (the page, its revisions, citations,
/// side by side, the API) asks here when the published document it wants is not there, and answers 410 with what this
/// gives, or 404 when no document ever had the id. A URL that once worked never answers 404.</summary>
public static class GoneDocuments
{
    /// <summary>The document as gone, or null when it is published.</summary>
    public static GoneDocument? Of(Document d) => d.Status == DocumentStatus.Published ? null
        : new GoneDocument(d.PublicId, d.Title, d.WithdrawalReason ?? "", d.WithdrawnAt ?? d.UpdatedAt, Deleted: false);

    /// <summary>The document <paramref name="publicId"/> as gone: withdrawn, or deleted (its tombstone); null when it is
    /// published or was never in the archive.</summary>
    public static async Task<GoneDocument?> FindAsync(ArchiveDbContext db, string publicId, CancellationToken ct = default)
    {
        var withdrawn = await db.Documents.AsNoTracking().Where(d => d.PublicId == publicId && d.Status != DocumentStatus.Published)
            .Select(d => new GoneDocument(d.PublicId, d.Title, d.WithdrawalReason ?? "", d.WithdrawnAt ?? d.UpdatedAt, false))
            .FirstOrDefaultAsync(ct);
        if (withdrawn is not null) return withdrawn;
        return await db.Tombstones.AsNoTracking().Where(t => t.PublicId == publicId)
            .Select(t => new GoneDocument(t.PublicId, t.Title, t.Reason, t.DeletedAt, true))
            .FirstOrDefaultAsync(ct);
    }
}
