using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Admin.Tags;

/// <summary>Editors rename and merge tags.</summary>
public sealed class IndexModel(ArchiveDbContext db, TagCurator curator) : PageModel
{
    public IReadOnlyList<Row> Tags { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>The tag whose form carries the error shown, so the message sits next to the right field.</summary>
    public int? ErrorTagId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostRenameAsync(int tagId, string? name, CancellationToken ct) =>
        RunAsync(tagId, () => curator.RenameAsync(tagId, name ?? "", User.Identity?.Name ?? "editor", ct), $"Renamed to \"{ArchiveText.Name(name)}\".", ct);

    public Task<IActionResult> OnPostMergeAsync(int tagId, int? target, CancellationToken ct) =>
        RunAsync(tagId, () => target is null ? throw new EditorialException("Choose the tag to merge into.", "target") : curator.MergeAsync(tagId, target.Value, User.Identity?.Name ?? "editor", ct), "Tags merged.", ct);

    public Task<IActionResult> OnPostLabelsAsync(int tagId, string? labelEn, string? labelFr, CancellationToken ct) =>
        RunAsync(tagId, () => curator.SetLabelsAsync(tagId, new Dictionary<string, string?> { ["en"] = labelEn, ["fr"] = labelFr }, User.Identity?.Name ?? "editor", ct),
            "Labels saved.", ct);

    private async Task<IActionResult> RunAsync(int tagId, Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Message = done;
            return RedirectToPage();
        }
        catch (EditorialException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            ErrorTagId = tagId;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Tags = await db.Tags.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Name, t.Slug, t.Documents.Count,
                t.Labels.Where(l => l.Language == "en").Select(l => l.Label).FirstOrDefault(),
                t.Labels.Where(l => l.Language == "fr").Select(l => l.Label).FirstOrDefault())).ToListAsync(ct);

    public sealed record Row(int Id, string Name, string Slug, int Documents, string? LabelEn, string? LabelFr);
}
