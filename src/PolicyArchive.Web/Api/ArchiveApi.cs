using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Search;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Api;

/// <summary>The JSON API for machines and tests. Read-only, paginated with a stable order (newest addition first, then id),
/// with ETags so a harvester that already has the current answer gets 304.</summary>
public static class ArchiveApi
{
    public const int MaxPageSize = 100;

    /// <summary>Hits per page of /api/search when the URL gives no pageSize: the results page's.</summary>
    public const int DefaultSearchPageSize = SearchModel.PageSize;

    public static WebApplication MapArchiveApi(this WebApplication app)
    {
        app.MapGet("/healthz", (Nodes.NodeHealth health, CancellationToken ct) => health.ReportAsync(ct)).ExcludeFromDescription();

        var api = app.MapGroup("/api").RequireCors(ReaderCors.Policy).WithCommonProblems();
        api.MapGet("/documents", ListDocuments).WithTags("Documents")
            .Produces<PageDto<DocumentSummaryDto>>().Produces(StatusCodes.Status304NotModified)
            .WithSummary("Published documents, newest additions first; filter by tag (slug), language, year, publication or author");
        api.MapGet("/documents/{id}", GetDocument).WithTags("Documents")
            .Produces<DocumentDto>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("Every stored field of one document; 410 with the reason when it was withdrawn or deleted");
        api.MapGet("/documents/{id}/relations", GetRelations).WithTags("Documents")
            .Produces<List<RelationDto>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("Typed relations of a document, both ways (translation of, responds to, commentary on, same event as)");
        api.MapGet("/documents/{id}/revisions", ListRevisions).WithTags("Revisions")
            .Produces<List<RevisionSummaryDto>>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("The public revision history of a document");
        api.MapGet("/documents/{id}/revisions/{number:int}", GetRevision).WithTags("Revisions")
            .Produces<RevisionDto>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("One revision: title, body and metadata as they were");
        api.MapGet("/search", Search).RequireRateLimiting(AccountExtensions.SearchRateLimit).WithTags("Search")
            .Produces<SearchResponseDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Search (query language of /search/help) with facets (language, publication, tag, author, year), sort, snippets and pagination");
        api.MapGet("/tags", ListTags).WithTags("Tags").Produces<List<TagDto>>().Produces(StatusCodes.Status304NotModified)
            .WithSummary("Tags with the number of published documents in each");
        api.MapGet("/collections", ListCollections).WithTags("Collections").Produces<List<CollectionSummaryDto>>().WithSummary("Curated collections");
        api.MapGet("/collections/{slug}", GetCollection).WithTags("Collections").Produces<CollectionDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One collection with its documents, in order");
        ExportApi.Map(api);
        return app;
    }

    internal static async Task<IResult> ListDocuments(HttpContext http, ArchiveDbContext db, int page = 1, int pageSize = 20,
        string? tag = null, string? language = null, int? year = null, string? publication = null, string? author = null, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var filtered = DocumentFilters.Apply(db.Documents.Where(d => d.Status == DocumentStatus.Published), tag, language, year, publication, author);
        var total = await filtered.CountAsync(ct);
        var latest = await filtered.MaxAsync(d => (DateTime?)d.UpdatedAt, ct);
        if (ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf("documents", total, latest?.Ticks, http.Request.QueryString.Value)))
            return ConditionalGet.NotModified();
        var items = await filtered.OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new { d.PublicId, d.Slug, d.Title, d.Language, d.PublishedYear, d.PublishedMonth, d.PublishedDay, d.IngestedAt })
            .ToListAsync(ct);
        return Results.Ok(new PageDto<DocumentSummaryDto>(total, page, pageSize, items.Select(d => new DocumentSummaryDto(
            d.PublicId, d.Title, DocumentUrls.Permalink(d.PublicId, d.Slug), d.Language,
            new PartialDate(d.PublishedYear, d.PublishedMonth, d.PublishedDay).ToIso(), d.IngestedAt)).ToList()));
    }

    private static async Task<IResult> GetDocument(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking()
            .WithAuthorsAndTags()
            .Include(x => x.Passages).Include(x => x.Provenance)
            .SingleOrDefaultAsync(x => x.PublicId == id, ct);
        if (d is null) return await ApiContract.GoneOrNotFoundAsync(db, id, $"No document with id '{id}'.", ct);
        if (GoneDocuments.Of(d) is { } gone) return ApiContract.Gone(gone);
        if (ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(d.PublicId, d.UpdatedAt.Ticks, d.ConcurrencyVersion)))
            return ConditionalGet.NotModified();
        return Results.Ok(DocumentDto.From(d));
    }

    private static async Task<IResult> GetRelations(string id, ArchiveDbContext db, CancellationToken ct)
    {
        var docId = await db.Documents.Where(d => d.PublicId == id && d.Status == DocumentStatus.Published).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        if (docId is null) return await ApiContract.GoneOrNotFoundAsync(db, id, $"No published document with id '{id}'.", ct);
        var outgoing = await db.Relations.AsNoTracking().Where(r => r.FromDocumentId == docId && r.To.Status == DocumentStatus.Published)
            .Select(r => new RelationDto(r.Type.ToString(), "outgoing", r.To.PublicId, r.To.Title, "/d/" + r.To.PublicId + "/" + r.To.Slug, r.Note)).ToListAsync(ct);
        var incoming = await db.Relations.AsNoTracking().Where(r => r.ToDocumentId == docId && r.From.Status == DocumentStatus.Published)
            .Select(r => new RelationDto(r.Type.ToString(), "incoming", r.From.PublicId, r.From.Title, "/d/" + r.From.PublicId + "/" + r.From.Slug, r.Note)).ToListAsync(ct);
        return Results.Ok(outgoing.Concat(incoming).OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList());
    }

    private static async Task<IResult> ListRevisions(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().Where(x => x.PublicId == id && x.Status == DocumentStatus.Published)
            .Select(x => new { x.Id, x.Slug, x.RevisionNumber }).SingleOrDefaultAsync(ct);
        if (d is null) return await ApiContract.GoneOrNotFoundAsync(db, id, $"No published document with id '{id}'.", ct);
        if (ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(id, "revisions", d.RevisionNumber)))
            return ConditionalGet.NotModified();
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.DocumentId == d.Id).OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.CreatedAt, r.CreatedBy, r.Note, r.ChangeSummary, r.Title, r.ContentSha256 }).ToListAsync(ct);
        var names = await EditorNames.PublicAsync(db, revisions.Select(r => r.CreatedBy), ct);
        return Results.Ok(revisions.Select(r => new RevisionSummaryDto(r.Number, r.CreatedAt, names[r.CreatedBy], r.Note, r.ChangeSummary, r.Title, r.ContentSha256,
            DocumentUrls.Permalink(id, d.Slug) + "?rev=" + r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
    }

    private static async Task<IResult> GetRevision(string id, int number, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var r = await RevisionBodies.FirstAsync(db, db.Revisions.AsNoTracking()
            .Where(x => x.Number == number && db.Documents.Any(d => d.Id == x.DocumentId && d.PublicId == id && d.Status == DocumentStatus.Published)), ct);
        if (r is null) return await ApiContract.GoneOrNotFoundAsync(db, id, $"Document '{id}' has no revision {number}.", ct);
        if (ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(id, "revision", number, r.ContentSha256), maxAgeSeconds: 3600))
            return ConditionalGet.NotModified();
        using var metadata = JsonDocument.Parse(string.IsNullOrWhiteSpace(r.MetadataJson) ? "{}" : r.MetadataJson);
        return Results.Ok(new RevisionDto(r.Number, r.CreatedAt, await EditorNames.PublicAsync(db, r.CreatedBy, ct), r.Note, r.ChangeSummary, r.Title, RevisionBodies.Text(r), r.ContentSha256, metadata.RootElement.Clone()));
    }

    /// <summary>Search with the researcher's query language; facet values narrow it (repeat a parameter for several values
    /// of one facet: they widen, facets narrow), sort is relevance, newest or oldest, and expand=off (or false, 0, no)
    /// turns off the thesaurus.</summary>
    private static IResult Search(HttpContext http, SearchService search, string? q, string? page = null, string? pageSize = null,
        string? sort = null, string? expand = null, string[]? language = null, string[]? publication = null, string[]? tag = null,
        string[]? author = null, string[]? year = null)
    {
        http.Response.Headers.CacheControl = "public, max-age=30";
        // The parameters above document the API (as text, so that binding them cannot refuse a URL the results page takes);
        // the values are read by the binder the results page, the feed and the exports use: one URL, one meaning.
        var links = SearchUrlBinder.Bind(http.Request.Query);
        var results = search.Search(links.ToRequest(DefaultSearchPageSize));
        if (links.IsPastLastPage(results))
            return ApiContract.NotFound(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"There is no page {links.Page}: this search has {results.PageCount} page(s) of {results.PageSize} hits ({results.Total} in all)."));
        // The query as searched (the binder drops control characters), not as sent: the echo says what the hits answer.
        return Results.Ok(new SearchResponseDto(links.Q, results.Total, results.Page, results.PageSize, results.Message,
            results.Hits.Select(h => new SearchHitDto(h.PublicId, h.Title, DocumentUrls.Permalink(h.PublicId, h.Slug), h.Language, h.SnippetText, h.Score)
            {
                Authors = h.Authors,
                Publication = h.Publication,
                PublishedDate = h.Date.ToIso(),
                DatePrecision = h.Date.Precision.ToString(),
                Kind = h.Kind,
                Tags = h.Tags,
            }).ToList())
        {
            Sort = results.Sort.ToString().ToLowerInvariant(),
            Facets = results.Facets.Select(f => new SearchFacetDto(f.Field, f.Values.Select(v => new FacetValueCountDto(v.Value, v.Count, v.Selected)).ToList())).ToList(),
            AlsoSearched = results.Expansions.Select(e => new AlsoSearchedDto(e.Matched, e.ConceptLabel, e.AlsoSearched, e.Source.ToString().ToLowerInvariant())).ToList(),
            DidYouMean = results.DidYouMean,
            Notices = results.Notices,
        });
    }

    private static async Task<IResult> ListTags(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var tags = await db.Tags.AsNoTracking()
            .Select(t => new { t.Name, t.Slug, Count = t.Documents.Count(x => x.Document.Status == DocumentStatus.Published) })
            .ToListAsync(ct);
        var list = tags.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => new TagDto(t.Name, t.Slug, t.Count, "/browse/tag/" + t.Slug)).ToList();
        if (ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(string.Join(',', list.Select(t => t.Slug + ":" + t.Documents)))))
            return ConditionalGet.NotModified();
        return Results.Ok(list);
    }

    private static async Task<IResult> ListCollections(ArchiveDbContext db, CancellationToken ct)
    {
        var list = await db.Collections.AsNoTracking().OrderBy(c => c.Title).ThenBy(c => c.Id)
            .Select(c => new CollectionSummaryDto(c.Slug, c.Title, c.Items.Count(i => i.Document.Status == DocumentStatus.Published), c.UpdatedAt, "/collections/" + c.Slug))
            .ToListAsync(ct);
        return Results.Ok(list);
    }

    private static async Task<IResult> GetCollection(string slug, ArchiveDbContext db, CancellationToken ct)
    {
        var c = await db.Collections.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug, ct);
        if (c is null) return ApiContract.NotFound($"No collection '{slug}'.");
        var items = await db.CollectionItems.AsNoTracking().Where(i => i.CollectionId == c.Id && i.Document.Status == DocumentStatus.Published)
            .OrderBy(i => i.Position)
            .Select(i => new { i.Document.PublicId, i.Document.Slug, i.Document.Title, i.Document.Language, i.Document.PublishedYear, i.Document.PublishedMonth, i.Document.PublishedDay, i.Document.IngestedAt })
            .ToListAsync(ct);
        return Results.Ok(new CollectionDto(c.Slug, c.Title, c.Introduction, c.CreatedAt, c.UpdatedAt, items.Select(d => new DocumentSummaryDto(
            d.PublicId, d.Title, DocumentUrls.Permalink(d.PublicId, d.Slug), d.Language,
            new PartialDate(d.PublishedYear, d.PublishedMonth, d.PublishedDay).ToIso(), d.IngestedAt)).ToList()));
    }
}
