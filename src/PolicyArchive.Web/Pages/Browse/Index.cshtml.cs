using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Pages.Shared;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Pages.Browse;

/// <summary>Browse by tag, publication, author, language or year: /browse/{facet} lists the values with their counts,
/// /browse/{facet}/{value} the documents, newest additions first (<see cref="BrowseUrls"/>; a name a path cannot hold, "..",
/// comes as ?value=, which binds to <c>value</c> when the route has none).</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class BrowseByModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 20;
    public static readonly string[] Facets = ["tag", "publication", "author", "language", "year"];

    public string Facet { get; private set; } = "";
    public string? Value { get; private set; }
    public string? ValueLabel { get; private set; }
    public IReadOnlyList<FacetValue> Values { get; private set; } = [];
    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = Pager.None;

    public async Task<IActionResult> OnGetAsync(string facet, string? value, int p = 1, CancellationToken ct = default)
    {
        if (!Facets.Contains(facet)) return NotFound();
        Facet = facet;
        var published = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published);
        if (string.IsNullOrWhiteSpace(value))
        {
            Values = await ValuesAsync(facet, published, ct);
            return Page();
        }

        value = BrowseUrls.ValueOf(Request, value)!;
        Value = value;
        ValueLabel = value;
        int? year = null;
        if (facet == "year")
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return NotFound();
            year = y;
        }
        if (facet == "tag")
        {
            var tag = await db.Tags.AsNoTracking().Include(t => t.Labels).SingleOrDefaultAsync(t => t.Slug == value, ct);
            if (tag is null)
            {
                // A renamed or merged tag's old address leads to the tag it became.
                var current = await TagUrls.CurrentSlugAsync(db, value, ct);
                return current is null ? NotFound() : RedirectPermanent(TagUrls.Page(current) + Request.QueryString);
            }
            ValueLabel = tag.LabelFor(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        }
        var filtered = DocumentFilters.Apply(published,
            facet == "tag" ? value : null, facet == "language" ? value : null, year,
            facet == "publication" ? value : null, facet == "author" ? value : null);
        var page = Math.Max(1, p);
        Total = await filtered.CountAsync(ct);
        // A tag is a thing of its own (unknown: 404 above; known but unused: an empty list). The other facets' values exist
        // only on documents: a value no published document has is an address of nothing, answered as unknown tags are.
        if (Total == 0 && facet != "tag") return NotFound();
        Pager = new Pager(page, PageSize, Total, BrowseUrls.Page(facet, value), null);
        // As /documents and the search page answer a page past the last: 404, with a link to the last page.
        if (Pager.IsPastLast)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var rows = await filtered.OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new { d.PublicId, d.Slug, d.Title, d.Language, d.Publication, d.PublishedYear, d.PublishedMonth, d.PublishedDay })
            .ToListAsync(ct);
        Items = rows.Select(r => new Item(r.PublicId, r.Slug, r.Title, r.Language, r.Publication,
            new PartialDate(r.PublishedYear, r.PublishedMonth, r.PublishedDay))).ToList();
        return Page();
    }

    private async Task<IReadOnlyList<FacetValue>> ValuesAsync(string facet, IQueryable<Document> published, CancellationToken ct)
    {
        switch (facet)
        {
            case "tag":
                var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                var tags = await db.Tags.AsNoTracking()
                    .Select(t => new { t.Slug, t.Name, Labels = t.Labels.ToList(), Count = t.Documents.Count(x => x.Document.Status == DocumentStatus.Published) }).ToListAsync(ct);
                return tags.Where(t => t.Count > 0)
                    .Select(t => new FacetValue(t.Slug, new Tag { Name = t.Name, Labels = t.Labels }.LabelFor(language), t.Count))
                    .OrderBy(t => t.Label, StringComparer.CurrentCultureIgnoreCase).ToList();
            case "publication":
                var pubs = await published.Where(d => d.Publication != null).GroupBy(d => d.Publication!)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
                return pubs.OrderBy(x => x.Key, StringComparer.CurrentCultureIgnoreCase).Select(x => new FacetValue(x.Key, x.Key, x.Count)).ToList();
            case "author":
                var authors = await db.DocumentAuthors.AsNoTracking().Where(a => published.Any(d => d.Id == a.DocumentId))
                    .GroupBy(a => a.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
                return authors.OrderBy(x => x.Key, StringComparer.CurrentCultureIgnoreCase).Select(x => new FacetValue(x.Key, x.Key, x.Count)).ToList();
            case "language":
                var languages = await published.GroupBy(d => d.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
                return languages.OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
                    .Select(x => new FacetValue(x.Key, Documents.LanguageNames.Of(x.Key, CultureInfo.CurrentUICulture), x.Count)).ToList();
            default:
                var years = await published.Where(d => d.PublishedYear != null).GroupBy(d => d.PublishedYear!.Value)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
                return years.OrderByDescending(x => x.Key).Select(x => new FacetValue(x.Key.ToString(CultureInfo.InvariantCulture), x.Key.ToString(CultureInfo.InvariantCulture), x.Count)).ToList();
        }
    }

    public sealed record FacetValue(string Value, string Label, int Count);

    public sealed record Item(string PublicId, string Slug, string Title, string Language, string? Publication, PartialDate Date);
}
