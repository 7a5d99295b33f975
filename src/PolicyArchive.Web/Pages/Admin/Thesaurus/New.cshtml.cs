using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Thesaurus;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Thesaurus;

/// <summary>An administrator adds a concept; searches expand with it as soon as it is saved.</summary>
[Authorize(Policy = AccountExtensions.AdministratorsPolicy)]
public sealed class NewModel(ThesaurusEditor editor, ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public ConceptInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var concept = await editor.CreateAsync(Input.ToDraft(), User.Identity?.Name ?? "administrator", ct);
            Message = $"Concept “{concept.Label}” added with {concept.Terms.Count} terms.";
            return Redirect("/admin/thesaurus");
        }
        catch (ThesaurusDraftException e)
        {
            ConceptInput.AddErrors(ModelState, e);
            return Page();
        }
        catch (Exception e) when (StoreWriteFailure.Describe(e) is { } why)
        {
            // Nothing was stored (one transaction); the form comes back with everything as the administrator typed it.
            logger.LogError(e, "Adding a thesaurus concept failed in the store: {Why}", why);
            ModelState.AddModelError(string.Empty, StoreWriteFailure.Message(why));
            return Page();
        }
    }
}
