using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Pages.Documents;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PolicyArchive.Web.Readers.ReaderCache.Policy)]
public sealed class BrowseModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 20;
    private const int ExcerptChars = 240;

    public int Total { get; private set; }
    public IReadOnlyList<Item> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.None;

    /// <param name="p">The page; <paramref name="pageAlias"/> (?page=) is read as the search page's binder reads it, when p is not given.</param>
    public async Task OnGetAsync(int? p = null, [FromQuery(Name = "page")] int? pageAlias = null, CancellationToken ct = default)
    {
        var page = Math.Max(1, p ?? pageAlias ?? 1);
        var published = db.Documents.Where(d => d.Status == DocumentStatus.Published);
        Total = await published.CountAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/documents", null);
        // As the search page answers a page past its last: 404, with a link to the last page (and no query whose offset
        // a huge page number would overflow).
        if (Pager.IsPastLast)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        // The whole body, not a SUBSTR in SQL: bodies are stored compressed, so only .NET can cut an excerpt from them.
        var rows = await published.OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new { d.PublicId, d.Slug, d.Title, d.Language, d.PublishedYear, d.PublishedMonth, d.PublishedDay, d.IngestedAt, d.Body })
            .ToListAsync(ct);
        Items = rows.Select(r => new Item(r.PublicId, r.Slug, r.Title, r.Language,
            new PartialDate(r.PublishedYear, r.PublishedMonth, r.PublishedDay).ToIso(), r.IngestedAt, Excerpt.Of(r.Body, ExcerptChars))).ToList();
    }

    public sealed record Item(string PublicId, string Slug, string Title, string Language, string? Date, DateTime IngestedAt, string Excerpt);
}
