using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Admin;

public sealed class IndexModel(ArchiveDbContext db, SourceChangeReview sourceChanges) : PageModel
{
    public IReadOnlyList<Row> Latest { get; private set; } = [];

    /// <summary>Documents whose source changed after an editor revised them.</summary>
    public IReadOnlyList<SourceChangeNotice> SourceChanges { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Deleted { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Deleted is not null && !PublicIds.IsWellFormed(Deleted)) Deleted = null;
        Latest = await db.Documents.OrderByDescending(d => d.UpdatedAt).Take(50)
            .Select(d => new Row(d.PublicId, d.Slug, d.Title, d.Language, d.RevisionNumber, d.UpdatedAt, d.Status)).ToListAsync(ct);
        SourceChanges = await sourceChanges.OpenAsync(ct);
    }

    public sealed record Row(string PublicId, string Slug, string Title, string Language, int RevisionNumber, DateTime UpdatedAt, DocumentStatus Status);
}
