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
        return last is null ? null : new RevisionInfo(publicId, last.Number, last.CreatedAt, last.CreatedBy, await revisions.CountAsync(ct));
    }

    public async Task<RevisionHistory?> HistoryAsync(string publicId, CancellationToken ct = default)
    {
        var d = await PublishedAsync(publicId, ct);
        if (d is null) return null;
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.DocumentId == d.Id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionListItem(r.Number, r.CreatedAt, r.CreatedBy, r.Note, r.ChangeSummary)).ToListAsync(ct);
        return new RevisionHistory(d.PublicId, d.Slug, d.Title, revisions);
    }

    public async Task<Revision?> RevisionAsync(string publicId, int number, CancellationToken ct = default)
    {
        var d = await PublishedAsync(publicId, ct);
        return d is null ? null : await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.DocumentId == d.Id && r.Number == number, ct);
    }

    private Task<Document?> PublishedAsync(string publicId, CancellationToken ct) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.PublicId == publicId && d.Status == DocumentStatus.Published, ct);
}
