using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Thesaurus;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Thesaurus;

/// <summary>The thesaurus as editors see it: every concept with its terms by language, narrowed by a filter.
/// Editors may read it; only administrators change it (the new and edit pages).</summary>
public sealed class IndexModel(ArchiveDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Filter { get; set; }

    public IReadOnlyList<ThesaurusConcept> Concepts { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, AccountExtensions.AdministratorsPolicy)).Succeeded;
        // The thesaurus is a few hundred rows at most: filtering in memory matches accents and case the same on every store.
        var all = await db.ThesaurusConcepts.AsNoTracking().Include(c => c.Terms).OrderBy(c => c.Label).ToListAsync(ct);
        Total = all.Count;
        var filter = Filter?.Trim();
        Concepts = string.IsNullOrEmpty(filter) ? all : all.Where(c => Matches(c, filter)).ToList();
    }

    public static IEnumerable<IGrouping<string, ThesaurusTerm>> ByLanguage(ThesaurusConcept c) =>
        c.Terms.OrderBy(t => t.Id).GroupBy(t => t.Language).OrderBy(g => g.Key == ThesaurusTermLines.AnyLanguage ? "" : g.Key, StringComparer.Ordinal);

    private static bool Matches(ThesaurusConcept c, string filter) =>
        Contains(c.Label, filter) || Contains(c.Key, filter) || Contains(c.Notes, filter) || c.Terms.Any(t => Contains(t.Text, filter));

    private static bool Contains(string? text, string filter) =>
        text is not null && System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, filter,
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;
}
