using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Collections;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Collections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Collections = await db.Collections.AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new Row(c.Slug, c.Title, c.Items.Count)).ToListAsync(ct);

    public sealed record Row(string Slug, string Title, int Documents);
}
