using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>The permalink. A wrong or old slug redirects (301) to the canonical URL; a withdrawn or deleted document answers 410, never 404.</summary>
public sealed class ViewModel(ArchiveDbContext db, MarkdownRenderer markdown) : PageModel
{
    public Document? Document { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public GoneInfo? Gone { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? slug, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().AsSplitQuery()
            .Include(x => x.Authors).Include(x => x.Tags).ThenInclude(t => t.Tag)
            .SingleOrDefaultAsync(x => x.PublicId == id, ct);
        if (d is null)
        {
            var tomb = await db.Tombstones.AsNoTracking().SingleOrDefaultAsync(t => t.PublicId == id, ct);
            if (tomb is null) return NotFound();
            return GonePage(new GoneInfo(tomb.Title, tomb.Reason, tomb.DeletedAt, Deleted: true));
        }
        if (d.Status == DocumentStatus.Withdrawn)
            return GonePage(new GoneInfo(d.Title, d.WithdrawalReason ?? "", d.WithdrawnAt ?? d.UpdatedAt, Deleted: false));
        if (slug != d.Slug)
            return RedirectPermanent(DocumentUrls.Permalink(d) + Request.QueryString);

        Document = d;
        BodyHtml = markdown.ToHtml(d.Body);
        return Page();
    }

    private PageResult GonePage(GoneInfo info)
    {
        Gone = info;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    public sealed record GoneInfo(string Title, string Reason, DateTime At, bool Deleted);
}
