using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Revisions;

/// <summary>The public revision history of a document, with a form to compare any two revisions.</summary>
public sealed class HistoryModel(RevisionHistoryQuery query) : PageModel
{
    public RevisionHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var history = await query.HistoryAsync(id, ct);
        if (history is null) return await query.PermalinkExistsAsync(id, ct) ? Redirect($"/d/{Uri.EscapeDataString(id)}") : NotFound();
        History = history;
        return Page();
    }
}
