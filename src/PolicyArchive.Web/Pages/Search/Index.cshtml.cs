using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Pages.Search;

[EnableRateLimiting(AccountExtensions.SearchRateLimit)]
public sealed class SearchModel(SearchService search) : PageModel
{
    public const int PageSize = 10;

    public string? Q { get; private set; }
    public SearchResults? Results { get; private set; }
    public Pager Pager { get; private set; } = Pager.None;

    public void OnGet(string? q, int p = 1)
    {
        Q = q;
        if (q is null) return;
        Results = search.Search(new SearchRequest(q, p, PageSize));
        Pager = new Pager(Results.Page, PageSize, Results.Total, "/search", new Dictionary<string, string?> { ["q"] = q });
    }
}
