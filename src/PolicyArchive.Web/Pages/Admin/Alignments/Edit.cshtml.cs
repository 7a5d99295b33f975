using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Translations;
using PolicyArchive.Web.Pages.Translations;

namespace PolicyArchive.Web.Pages.Admin.Alignments;

/// <summary>An editor corrects the paragraph alignment of a translation and its original: one row a line, the rows
/// prefilled with what readers see now. A correction that does not cover every paragraph once, in order, is refused
/// with the line at fault, and the typed text stays in the box.</summary>
public sealed class EditModel(SideBySideQuery query, ArchiveDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public SideBySide View { get; private set; } = null!;

    [BindProperty]
    public string? Rows { get; set; }

    public async Task<IActionResult> OnGetAsync(string translation, string original, CancellationToken ct)
    {
        if (await LoadAsync(translation, original, ct) is { } missing) return missing;
        Rows = AlignmentText.Write(View.Rows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string translation, string original, CancellationToken ct)
    {
        if (await LoadAsync(translation, original, ct) is { } missing) return missing;
        var (rows, problems) = AlignmentText.Read(Rows, View.Original.Paragraphs.Count, View.Translation.Paragraphs.Count);
        foreach (var p in problems) ModelState.AddModelError(nameof(Rows), Describe(p));
        if (problems.Count > 0) return Page();
        await SaveAsync(translation, original, AlignmentText.Write(rows), ct);
        TempData["AlignmentMessage"] = "The corrected alignment is saved.";
        return Redirect(SideBySideModel.Link(translation, original));
    }

    public async Task<IActionResult> OnPostResetAsync(string translation, string original, CancellationToken ct)
    {
        if (await LoadAsync(translation, original, ct) is { } missing) return missing;
        await SaveAsync(translation, original, null, ct);
        TempData["AlignmentMessage"] = "The automatic alignment is back.";
        return Redirect(SideBySideModel.Link(translation, original));
    }

    private async Task SaveAsync(string translation, string original, string? rows, CancellationToken ct)
    {
        var ids = await db.Documents.Where(d => d.PublicId == translation || d.PublicId == original).ToDictionaryAsync(d => d.PublicId, d => d.Id, ct);
        await query.SaveCorrectionAsync(ids[translation], ids[original], rows, User.Identity?.Name ?? "editor", clock.GetUtcNow().UtcDateTime, ct);
    }

    private string Describe(AlignmentProblem p) => p.Kind switch
    {
        AlignmentProblemKind.Unreadable => l["Line {0}: write original paragraph numbers = translation paragraph numbers, e.g. 2, 3 = 2 (or - for none).", p.Line].Value,
        AlignmentProblemKind.Empty => l["Line {0}: a row needs a paragraph on at least one side.", p.Line].Value,
        AlignmentProblemKind.OutOfOrder => l["Line {0}: paragraphs must follow on from the row before, each once, in order.", p.Line].Value,
        _ => l["Every paragraph of both texts must appear once: the original has {0}, the translation {1}.", View.Original.Paragraphs.Count, View.Translation.Paragraphs.Count].Value,
    };

    private async Task<IActionResult?> LoadAsync(string translation, string original, CancellationToken ct)
    {
        var view = await query.ForAsync(translation, original, ct);
        // Only a translation → original pair, as the view shows it.
        if (view is null || view.Translation.PublicId != translation) return NotFound();
        View = view;
        return null;
    }
}
