using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Api;

namespace PolicyArchive.Web.Pages.Tags;

/// <summary>The tags' first address. A tag's page is /browse/tag/{slug} now (<see cref="TagUrls"/>); this one, old
/// slugs included, answers 301 there so every link ever given keeps working.</summary>
public sealed class ViewModel(ArchiveDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var current = await TagUrls.CurrentSlugAsync(db, slug, ct);
        return current is null ? NotFound() : RedirectPermanent(TagUrls.Page(current) + Request.QueryString);
    }
}
