using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Pages.Search;

namespace PolicyArchive.Web.Pages.Admin.Searches;

/// <summary>Named searches editors keep, each with its results page, Atom feed and exports. The query is re-read by the
/// search-URL binder before it is stored, so only what the results page understands is kept.</summary>
public sealed class IndexModel(ArchiveDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Searches { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Searches = await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string? name, string? query, CancellationToken ct)
    {
        name = name?.Trim() ?? "";
        var links = SearchUrlBinder.Bind(new QueryCollection(QueryHelpers.ParseQuery(query ?? "")));
        if (name.Length == 0) ModelState.AddModelError("name", "Give the search a name.");
        else if (name.Length > 200) ModelState.AddModelError("name", "A name has at most 200 characters.");
        else if (await db.SavedSearches.AnyAsync(s => s.Name == name, ct)) ModelState.AddModelError("name", $"A saved search is already called \"{name}\".");
        if (!links.HasSearch()) ModelState.AddModelError("query", "There is no search to save: search first, then save it from the results page.");
        if (!ModelState.IsValid)
        {
            Searches = await LoadAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.SavedSearches.Add(new SavedSearch { Name = name, Query = links.QueryString, CreatedBy = User.Identity?.Name ?? "editor", CreatedAt = now });
        db.AuditEntries.Add(AuditActions.Entry(now, User.Identity?.Name ?? "editor", "search.save", null, $"\"{name}\" {links.QueryString}"));
        await db.SaveChangesAsync(ct);
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
