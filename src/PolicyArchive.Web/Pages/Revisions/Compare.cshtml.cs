using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Revisions;

/// <summary>A readable comparison of two revisions of a document: changed fields, then the text line by line.</summary>
public sealed class CompareModel(RevisionHistoryQuery query, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    public RevisionComparison Comparison { get; private set; } = null!;
    public RevisionHistory History { get; private set; } = null!;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? a, int? b, CancellationToken ct)
    {
        var history = await query.HistoryAsync(id, ct);
        if (history is null) return await query.PermalinkExistsAsync(id, ct) ? Redirect($"/d/{Uri.EscapeDataString(id)}") : NotFound();
        History = history;
        var latest = history.Revisions.Count == 0 ? 1 : history.Revisions[0].Number;
        var (from, to) = (a ?? latest - 1, b ?? latest);
        if (from > to) (from, to) = (to, from);
        var before = await query.RevisionAsync(id, from, ct);
        var after = await query.RevisionAsync(id, to, ct);
        if (before is null || after is null)
        {
            Problem = l["This document has revisions 1 to {0}; choose two of them.", latest];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Comparison = RevisionComparison.Of(before, after);
        return Page();
    }
}
