using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Translations;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Pages.Translations;

/// <summary>A document and its translation (or original) side by side, paragraph facing paragraph; stacked on a narrow
/// screen. Reached from either document's page and from search hits of either.</summary>
public sealed class SideBySideModel(SideBySideQuery query, MarkdownRenderer markdown, ArchiveDbContext db) : PageModel
{
    public SideBySide View { get; private set; } = null!;

    /// <summary>The document the reader came from, so the page can lead back to it.</summary>
    public string From { get; private set; } = "";

    // Its own key: another page's confirmation left in TempData must not show up here.
    [TempData(Key = "AlignmentMessage")]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? with, CancellationToken ct)
    {
        var view = await query.ForAsync(id, with, ct);
        if (view is null) return await NoLongerPairedAsync(id, with, ct);
        View = view;
        From = id;
        return Page();
    }

    /// <summary>Why a link to a pair (perhaps years old) shows no pair now. One of the two withdrawn or deleted: 410 naming
    /// it, with its reason, and a link to the document still here. Not a redirect to that document: the reader followed
    /// the link for the two texts together, and would land on one without being told where the other went or why (often
    /// a translation withdrawn at its rights holder's request); a 301 would also tell caches and crawlers that the pair
    /// and the one document are the same thing for good. Both still published but no longer linked as translations: the
    /// document the link started from (302, as the relation may come back). An id no document ever had: 404.</summary>
    private async Task<IActionResult> NoLongerPairedAsync(string id, string? with, CancellationToken ct)
    {
        var published = await db.Documents.AsNoTracking()
            .Where(d => (d.PublicId == id || d.PublicId == with) && d.Status == DocumentStatus.Published)
            .Select(d => new { d.PublicId, d.Slug, d.Title }).ToListAsync(ct);
        foreach (var named in with is null ? [id] : new[] { id, with })
        {
            if (await GoneDocuments.FindAsync(db, named, ct) is not { } gone) continue;
            var remaining = published.FirstOrDefault(d => d.PublicId != named);
            return GonePage.For(this, remaining is null
                ? new GoneNotice(gone)
                : new GoneNotice(gone, DocumentUrls.Permalink(remaining.PublicId, remaining.Slug), remaining.Title));
        }
        var self = published.FirstOrDefault(d => d.PublicId == id);
        if (self is null || (with is not null && published.All(d => d.PublicId != with))) return NotFound();
        return Redirect(DocumentUrls.Permalink(self.PublicId, self.Slug));
    }

    public string Html(string paragraph) => markdown.ToHtml(paragraph);

    public static string Link(string publicId, string other) => $"/d/{publicId}/side-by-side?with={Uri.EscapeDataString(other)}";
}
