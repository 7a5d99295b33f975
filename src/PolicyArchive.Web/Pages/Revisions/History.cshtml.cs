using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Pages.Revisions;

/// <summary>The public revision history of a document, with a form to compare any two revisions; editors also read a
/// withdrawn document's (readers get 410, as at its permalink).</summary>
public sealed class HistoryModel(RevisionHistoryQuery query, ArchiveDbContext db) : PageModel
{
    public RevisionHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var history = await query.HistoryAsync(id, withdrawnToo: User.IsEditor(), ct);
        if (history is null) return await GoneDocuments.FindAsync(db, id, ct) is { } gone ? GonePage.For(this, gone) : NotFound();
        History = history;
        return Page();
    }
}
