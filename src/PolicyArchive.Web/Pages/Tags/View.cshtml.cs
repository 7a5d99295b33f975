using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Tags;

/// <summary>The published documents with one tag, newest first.</summary>
public sealed class ViewModel(ArchiveDbContext db) : PageModel
{
    public Tag Tag { get; private set; } = null!;
    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var tag = await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is null)
        {
            // A renamed or merged tag keeps its old address working.
            var current = await db.TagAliases.AsNoTracking().Where(a => a.Slug == slug)
                .Join(db.Tags, a => a.TagId, t => t.Id, (a, t) => t.Slug).FirstOrDefaultAsync(ct);
            return current is null ? NotFound() : RedirectPermanent($"/tags/{Uri.EscapeDataString(current)}");
        }
        Tag = tag;
        Items = await db.DocumentTags.AsNoTracking().Where(t => t.TagId == tag.Id && t.Document.Status == DocumentStatus.Published)
            .OrderByDescending(t => t.Document.IngestedAt)
            .Select(t => new Item(t.Document.PublicId, t.Document.Slug, t.Document.Title, t.Document.Language, t.Document.Publication, t.Document.PublishedYear))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record Item(string PublicId, string Slug, string Title, string Language, string? Publication, int? Year);
}
