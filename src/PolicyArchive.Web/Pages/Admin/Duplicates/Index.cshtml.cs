using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Admin.Duplicates;

/// <summary>Near-duplicates flagged on ingestion, for editors to check; resolving a flag changes no document.</summary>
public sealed class IndexModel(ArchiveDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FlagRow> Flags { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Flags = await (
            from f in db.DuplicateFlags
            where f.ResolvedAt == null
            join d in db.Documents on f.DocumentId equals d.Id
            join o in db.Documents on f.OtherDocumentId equals o.Id
            orderby f.CreatedAt descending
            select new FlagRow(f.Id, d.PublicId, d.Slug, d.Title, o.PublicId, o.Slug, o.Title, f.Similarity, f.CreatedAt))
            .Take(200).ToListAsync(ct);

    public async Task<IActionResult> OnPostResolveAsync(int id, CancellationToken ct)
    {
        var flag = await db.DuplicateFlags.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (flag is null || flag.ResolvedAt is not null)
        {
            Message = "That flag was already checked.";
            return RedirectToPage();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        flag.ResolvedAt = now;
        var publicId = await db.Documents.Where(d => d.Id == flag.DocumentId).Select(d => d.PublicId).SingleAsync(ct);
        db.AuditEntries.Add(new AuditEntry { At = now, UserName = User.Identity?.Name ?? "editor", Action = "duplicate.resolve", DocumentPublicId = publicId, Details = $"flag {id}" });
        await db.SaveChangesAsync(ct);
        Message = "Marked as checked.";
        return RedirectToPage();
    }

    public sealed record FlagRow(int Id, string PublicId, string Slug, string Title, string OtherPublicId, string OtherSlug, string OtherTitle, double Similarity, DateTime CreatedAt);
}
