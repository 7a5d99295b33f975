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

/// <summary>An administrator changes a concept (label, key, notes, terms) or deletes it after ticking the confirmation.</summary>
[Authorize(Policy = AccountExtensions.AdministratorsPolicy)]
public sealed class EditModel(ThesaurusEditor editor, SearchService search, ILogger<EditModel> logger) : PageModel
{
    private readonly ThesaurusEditor _editor = editor;

    [BindProperty]
    public ConceptInput Input { get; set; } = new();

    /// <summary>The concept's key as stored (the form may be renaming it).</summary>
    public string Key { get; private set; } = "";

    public string Label { get; private set; } = "";

    /// <summary>What the dictionaries translate the concept's terms to, in the form's line format, for the editor to copy.</summary>
    public IReadOnlyList<string> Suggestions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    private string UserName => User.Identity?.Name ?? "administrator";

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var concept = await _editor.FindAsync(key, ct);
        if (concept is null) return NotFound();
        (Key, Label) = (concept.Key, concept.Label);
        Input = ConceptInput.From(concept);
        Suggestions = DictionarySuggestions.For(search.Lexicon, concept.Terms);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        var concept = await _editor.FindAsync(key, ct);
        if (concept is null)
        {
            // Renamed or deleted since the form was opened: what the editor typed stays in the form, with why it was not saved.
            (Key, Label) = (key, string.IsNullOrWhiteSpace(Input.Label) ? key : Input.Label.Trim());
            ModelState.AddModelError(string.Empty, await _editor.GoneMessageAsync(key, ct));
            return Page();
        }
        (Key, Label) = (concept.Key, concept.Label);
        try
        {
            var newKey = await _editor.UpdateAsync(key, Input.Stamp, Input.ToDraft(), UserName, ct);
            Message = $"Concept “{Input.Label?.Trim()}” saved.";
            return Redirect($"/admin/thesaurus?q={Uri.EscapeDataString(newKey)}");
        }
        catch (ThesaurusDraftException e)
        {
            ConceptInput.AddErrors(ModelState, e);
        }
        catch (EditorialException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (Exception e) when (StoreWriteFailure.Describe(e) is { } why)
        {
            // Nothing was stored (one transaction); the form comes back with everything as the administrator typed it.
            logger.LogError(e, "Saving thesaurus concept {Key} failed in the store: {Why}", key, why);
            ModelState.AddModelError(string.Empty, StoreWriteFailure.Message(why));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, bool deleteConfirm, CancellationToken ct)
    {
        var concept = await _editor.FindAsync(key, ct);
        if (concept is null) return NotFound();
        if (!deleteConfirm)
        {
            (Key, Label) = (concept.Key, concept.Label);
            ModelState.Clear();
            Input = ConceptInput.From(concept);
            ModelState.AddModelError("deleteConfirm", "Tick the box to confirm the deletion.");
            return Page();
        }
        await _editor.DeleteAsync(key, UserName, ct);
        Message = $"Concept “{concept.Label}” deleted: its terms no longer expand searches.";
        return Redirect("/admin/thesaurus");
    }
}
