using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Collections;

/// <summary>A curated collection at its permalink: the introduction (Markdown, sanitised) and the documents in the editors' order.</summary>
public sealed class ViewModel(ArchiveDbContext db, MarkdownRenderer markdown) : PageModel
{
    public Collection Collection { get; private set; } = null!;
    public string IntroductionHtml { get; private set; } = "";
    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var c = await db.Collections.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug, ct);
        if (c is null) return NotFound();
        Collection = c;
        IntroductionHtml = markdown.ToHtml(c.Introduction);
        Items = await db.CollectionItems.AsNoTracking().Where(i => i.CollectionId == c.Id).OrderBy(i => i.Position)
            .Select(i => new Item(i.Document.PublicId, i.Document.Slug, i.Document.Title, i.Document.Language,
                i.Document.Publication, i.Document.PublishedYear, i.Document.Status == DocumentStatus.Withdrawn)).ToListAsync(ct);
        return Page();
    }

    public sealed record Item(string PublicId, string Slug, string Title, string Language, string? Publication, int? Year, bool Withdrawn);
}
