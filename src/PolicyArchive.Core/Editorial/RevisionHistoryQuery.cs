using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>"Last revised" for the document page: the latest revision, and how many there are.</summary>
public sealed record RevisionInfo(string PublicId, int LatestNumber, DateTime LastRevisedAt, string LastRevisedBy, int Count)
{
    public string HistoryUrl => $"/d/{PublicId}/revisions";
}

public sealed record RevisionListItem(int Number, DateTime CreatedAt, string CreatedBy, string? Note, string? ChangeSummary);

/// <summary>The history of a document. The public reads a published document's; editors also a withdrawn one's
/// (<see cref="Withdrawn"/>: its revisions are kept, as the withdraw form promises). A deleted document's revisions are
/// gone with it (the delete form says so), so it has none to show.</summary>
public sealed record RevisionHistory(string PublicId, string Slug, string Title, IReadOnlyList<RevisionListItem> Revisions, GoneDocument? Withdrawn = null);

public sealed class RevisionHistoryQuery(ArchiveDbContext db)
{
    public async Task<RevisionInfo?> InfoAsync(string publicId, CancellationToken ct = default)
    {
        var revisions = db.Revisions.AsNoTracking().Where(r => db.Documents.Any(d => d.Id == r.DocumentId && d.PublicId == publicId));
        var last = await revisions.OrderByDescending(r => r.Number).Select(r => new { r.Number, r.CreatedAt, r.CreatedBy }).FirstOrDefaultAsync(ct);
        return last is null ? null : new RevisionInfo(publicId, last.Number, last.CreatedAt, await EditorNames.PublicAsync(db, last.CreatedBy, ct), await revisions.CountAsync(ct));
    }

    /// <param name="withdrawnToo">The reader is an editor, who may read a withdrawn document's revisions.</param>
    public async Task<RevisionHistory?> HistoryAsync(string publicId, bool withdrawnToo = false, CancellationToken ct = default)
    {
        var d = await ReadableAsync(publicId, withdrawnToo, ct);
        if (d is null) return null;
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.DocumentId == d.Id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionListItem(r.Number, r.CreatedAt, r.CreatedBy, r.Note, r.ChangeSummary)).ToListAsync(ct);
        var names = await EditorNames.PublicAsync(db, revisions.Select(r => r.CreatedBy), ct);
        return new RevisionHistory(d.PublicId, d.Slug, d.Title, revisions.Select(r => r with { CreatedBy = names[r.CreatedBy] }).ToList(), GoneDocuments.Of(d));
    }

    public async Task<Revision?> RevisionAsync(string publicId, int number, bool withdrawnToo = false, CancellationToken ct = default)
    {
        var d = await ReadableAsync(publicId, withdrawnToo, ct);
        var revision = d is null ? null : await RevisionBodies.FindAsync(db, d.Id, number, ct);
        // A detached copy for display: who made it is shown by public name only.
        if (revision is not null) revision.CreatedBy = await EditorNames.PublicAsync(db, revision.CreatedBy, ct);
        return revision;
    }

    private Task<Document?> ReadableAsync(string publicId, bool withdrawnToo, CancellationToken ct) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.PublicId == publicId && (withdrawnToo || d.Status == DocumentStatus.Published), ct);
}
