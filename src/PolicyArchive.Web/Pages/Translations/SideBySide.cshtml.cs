using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyArchive.Core.Translations;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Translations;

/// <summary>A document and its translation (or original) side by side, paragraph facing paragraph; stacked on a narrow
/// screen. Reached from either document's page and from search hits of either.</summary>
public sealed class SideBySideModel(SideBySideQuery query, MarkdownRenderer markdown) : PageModel
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
        if (view is null) return NotFound();
        View = view;
        From = id;
        return Page();
    }

    public string Html(string paragraph) => markdown.ToHtml(paragraph);

    public static string Link(string publicId, string other) => $"/d/{publicId}/side-by-side?with={Uri.EscapeDataString(other)}";
}
