using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Pages.Search;

namespace PolicyArchive.Web.Pages.Admin.Searches;

/// <summary>Named searches editors keep, each with its results page, Atom feed and exports. The query is re-read by the
/// search-URL binder before it is stored, so only what the results page understands is kept.</summary>
public sealed class IndexModel(ArchiveDbContext db, SearchService search, TimeProvider clock) : PageModel
{
    public const string NoSearch = "There is no search to save: search first, then save it from the results page.";

    public IReadOnlyList<Row> Searches { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Searches = await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string? name, string? query, CancellationToken ct)
    {
        // Checked as the store keeps it: "Dup\u0001" is stored as "Dup", and was told apart from it here (a 500 on saving).
        name = ArchiveText.Name(name);
        var links = SearchUrlBinder.Bind(new QueryCollection(QueryHelpers.ParseQuery(query ?? "")));
        if (name.Length == 0) ModelState.AddModelError("name", "Give the search a name.");
        else if (name.Length > 200) ModelState.AddModelError("name", "A name has at most 200 characters.");
        else if (await db.SavedSearches.AnyAsync(s => s.Name == name, ct)) ModelState.AddModelError("name", NameTaken(name));
        // What its feed and exports would refuse ("?q=", a query of spaces, "NOT" alone) is no search to save either.
        if (!links.HasSearch() || search.Search(links.ToRequest(1) with { WithSnippets = false }).QueryRefused)
            ModelState.AddModelError("query", NoSearch);
        if (!ModelState.IsValid) return await PageAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.SavedSearches.Add(new SavedSearch { Name = name, Query = links.QueryString, CreatedBy = User.Identity?.Name ?? "editor", CreatedAt = now });
        db.AuditEntries.Add(AuditActions.Entry(now, User.Identity?.Name ?? "editor", "search.save", null, $"\"{name}\" {links.QueryString}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor saved this name between the check and the save (the name is unique in the store).
            if (!await TakenMeanwhileAsync(name, ct)) throw;
            ModelState.AddModelError("name", NameTaken(name));
            return await PageAsync(ct);
        }
        Message = $"Saved \"{name}\".";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var saved = await db.SavedSearches.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (saved is not null)
        {
            db.SavedSearches.Remove(saved);
            db.AuditEntries.Add(AuditActions.Entry(clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "editor", "search.delete", null, $"\"{saved.Name}\" {saved.Query}"));
            await db.SaveChangesAsync(ct);
            Message = $"Removed \"{saved.Name}\".";
        }
        return RedirectToPage();
    }

    private static string NameTaken(string name) => $"A saved search is already called \"{name}\".";

    private async Task<bool> TakenMeanwhileAsync(string name, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.SavedSearches.AnyAsync(s => s.Name == name, ct);
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        Searches = await LoadAsync(ct);
        return Page();
    }

    private async Task<IReadOnlyList<Row>> LoadAsync(CancellationToken ct)
    {
        var rows = await db.SavedSearches.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        return rows.Select(s =>
        {
            var links = SearchUrlBinder.Bind(new QueryCollection(QueryHelpers.ParseQuery(s.Query)));
            return new Row(s.Id, s.Name, links.ForPage(1), links.ForFeed(), links, s.CreatedBy, s.CreatedAt);
        }).ToList();
    }

    public sealed record Row(int Id, string Name, string ResultsUrl, string FeedUrl, SearchLinks Links, string CreatedBy, DateTime CreatedAt);
}
