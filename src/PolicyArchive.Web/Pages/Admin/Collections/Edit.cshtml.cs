using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Admin.Collections;

/// <summary>Edit a collection: its title and introduction, and its documents in order.</summary>
public sealed class EditModel(ArchiveDbContext db, CollectionEditor editor) : PageModel
{
    public Collection Collection { get; private set; } = null!;
    public IReadOnlyList<Item> Items { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Give the collection a title.")]
    [StringLength(FieldLengths.CollectionTitle, ErrorMessage = "A title has at most {1} characters.")]
    public string Title { get; set; } = "";

    [BindProperty]
    [StringLength(20_000, ErrorMessage = "The introduction has at most 20,000 characters.")]
    public string? Introduction { get; set; }

    [TempData]
    public string? Message { get; set; }

    private string UserName => User.Identity?.Name ?? "editor";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Title = Collection.Title;
        Introduction = Collection.Introduction;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await LoadAsync(id, ct) ? Page() : NotFound();
        return await RunAsync(id, () => editor.UpdateAsync(id, Title, Introduction, UserName, ct), "Saved.", keepText: true, ct);
    }

    public Task<IActionResult> OnPostAddAsync(int id, string? document, CancellationToken ct) =>
        RunAsync(id, () => editor.AddDocumentAsync(id, document ?? "", UserName, ct), "Document added.", keepText: false, ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, int documentId, CancellationToken ct) =>
        RunAsync(id, () => editor.RemoveDocumentAsync(id, documentId, UserName, ct), "Document removed.", keepText: false, ct);

    public Task<IActionResult> OnPostMoveAsync(int id, int documentId, int direction, CancellationToken ct) =>
        RunAsync(id, () => editor.MoveAsync(id, documentId, direction, UserName, ct), "Order saved.", keepText: false, ct);

    private async Task<IActionResult> RunAsync(int id, Func<Task> action, string done, bool keepText, CancellationToken ct)
    {
        if (!keepText) ModelState.Clear();
        try
        {
            await action();
            Message = done;
            return Redirect($"/admin/collections/{id}");
        }
        catch (EditorialException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!keepText) (Title, Introduction) = (Collection.Title, Collection.Introduction);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Collections.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return false;
        Collection = c;
        Items = await db.CollectionItems.AsNoTracking().Where(i => i.CollectionId == id).OrderBy(i => i.Position)
            .Select(i => new Item(i.DocumentId, i.Document.PublicId, i.Document.Slug, i.Document.Title)).ToListAsync(ct);
        return true;
    }

    public sealed record Item(int DocumentId, string PublicId, string Slug, string Title);
}
