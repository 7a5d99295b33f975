using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Admin.Collections;

public sealed class IndexModel(ArchiveDbContext db, CollectionEditor editor) : PageModel
{
    public IReadOnlyList<Row> Collections { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Give the collection a title.")]
    [StringLength(FieldLengths.CollectionTitle, ErrorMessage = "A title has at most {1} characters.")]
    public string Title { get; set; } = "";

    [BindProperty]
    [StringLength(20_000, ErrorMessage = "The introduction has at most 20,000 characters.")]
    public string? Introduction { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var c = await editor.CreateAsync(Title, Introduction, User.Identity?.Name ?? "editor", ct);
                return Redirect($"/admin/collections/{c.Id}");
            }
            catch (EditorialException e)
            {
                ModelState.AddModelError(nameof(Title), e.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Collections = await db.Collections.AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new Row(c.Id, c.Slug, c.Title, c.Items.Count)).ToListAsync(ct);

    public sealed record Row(int Id, string Slug, string Title, int Documents);
}
