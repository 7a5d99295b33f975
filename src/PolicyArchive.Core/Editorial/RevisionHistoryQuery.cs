using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>"Last revised" for the document page: the latest revision, and how many there are.</summary>
public sealed record RevisionInfo(string PublicId, int LatestNumber, DateTime LastRevisedAt, string LastRevisedBy, int Count)
{
    public string HistoryUrl => $"/d/{PublicId}/revisions";
}

public sealed record RevisionListItem(int Number, DateTime CreatedAt, string CreatedBy, string? Note, string? ChangeSummary);

/// <summary>The public history of a published document. Withdrawn or deleted documents have none to show.</summary>
public sealed record RevisionHistory(string PublicId, string Slug, string Title, IReadOnlyList<RevisionListItem> Revisions);

public sealed class RevisionHistoryQuery(ArchiveDbContext db)
{
    public async Task<RevisionInfo?> InfoAsync(string publicId, CancellationToken ct = default)
    {
        var revisions = db.Revisions.AsNoTracking().Where(r => db.Documents.Any(d => d.Id == r.DocumentId && d.PublicId == publicId));
        var last = await revisions.OrderByDescending(r => r.Number).Select(r => new { r.Number, r.CreatedAt, r.CreatedBy }).FirstOrDefaultAsync(ct);
        return last is null ? null : new RevisionInfo(publicId, last.Number, last.CreatedAt, await EditorNames.PublicAsync(db, last.CreatedBy, ct), await revisions.CountAsync(ct));
    }

    public async Task<RevisionHistory?> HistoryAsync(string publicId, CancellationToken ct = default)
    {
        var d = await PublishedAsync(publicId, ct);
        if (d is null) return null;
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.DocumentId == d.Id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionListItem(r.Number, r.CreatedAt, r.CreatedBy, r.Note, r.ChangeSummary)).ToListAsync(ct);
        var names = await EditorNames.PublicAsync(db, revisions.Select(r => r.CreatedBy), ct);
        return new RevisionHistory(d.PublicId, d.Slug, d.Title, revisions.Select(r => r with { CreatedBy = names[r.CreatedBy] }).ToList());
    }

    public async Task<Revision?> RevisionAsync(string publicId, int number, CancellationToken ct = default)
    {
        var d = await PublishedAsync(publicId, ct);
        var revision = d is null ? null : await RevisionBodies.FindAsync(db, d.Id, number, ct);
        // A detached copy for display: who made it is shown by public name only.
        if (revision is not null) revision.CreatedBy = await EditorNames.PublicAsync(db, revision.CreatedBy, ct);
        return revision;
    }

    /// <summary>Whether the permalink answers at all: a document in any state, or what a deleted one left. A history
    /// asked for a withdrawn or deleted document leads there (its 410 says why); for an id never used it is 404.</summary>
    public async Task<bool> PermalinkExistsAsync(string publicId, CancellationToken ct = default) =>
        await db.Documents.AnyAsync(d => d.PublicId == publicId, ct) || await db.Tombstones.AnyAsync(t => t.PublicId == publicId, ct);

    private Task<Document?> PublishedAsync(string publicId, CancellationToken ct) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.PublicId == publicId && d.Status == DocumentStatus.Published, ct);
}
