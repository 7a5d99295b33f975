using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<RecentItem> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Recent = await db.Documents.Where(d => d.Status == DocumentStatus.Published)
            .OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id).Take(10)
            .Select(d => new RecentItem(d.PublicId, d.Slug, d.Title, d.Language, d.IngestedAt)).ToListAsync(ct);

    public sealed record RecentItem(string PublicId, string Slug, string Title, string Language, DateTime IngestedAt);
}
