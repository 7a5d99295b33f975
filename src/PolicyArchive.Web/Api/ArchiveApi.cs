using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Api;

/// <summary>The JSON API for machines and tests.</summary>
public static class ArchiveApi
{
    public const int MaxPageSize = 100;

    public static WebApplication MapArchiveApi(this WebApplication app)
    {
        app.MapGet("/healthz", (ArchiveReadiness readiness) =>
            readiness.IsReady ? Results.Ok(new { status = "ready" }) : Results.Json(new { status = "starting" }, statusCode: 503));

        var api = app.MapGroup("/api");
        api.MapGet("/documents", ListDocuments);
        api.MapGet("/documents/{id}", GetDocument);
        api.MapGet("/search", Search).RequireRateLimiting(AccountExtensions.SearchRateLimit);
        return app;
    }

    private static async Task<PageDto<DocumentSummaryDto>> ListDocuments(ArchiveDbContext db, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var published = db.Documents.Where(d => d.Status == DocumentStatus.Published);
        var total = await published.CountAsync(ct);
        var items = await published.OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new { d.PublicId, d.Slug, d.Title, d.Language, d.PublishedYear, d.PublishedMonth, d.PublishedDay, d.IngestedAt })
            .ToListAsync(ct);
        return new PageDto<DocumentSummaryDto>(total, page, pageSize, items.Select(d => new DocumentSummaryDto(
            d.PublicId, d.Title, DocumentUrls.Permalink(d.PublicId, d.Slug), d.Language,
            new PartialDate(d.PublishedYear, d.PublishedMonth, d.PublishedDay).ToIso(), d.IngestedAt)).ToList());
    }

    private static async Task<IResult> GetDocument(string id, ArchiveDbContext db, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().AsSplitQuery()
            .Include(x => x.Authors).Include(x => x.Tags).ThenInclude(t => t.Tag)
            .Include(x => x.Passages).Include(x => x.Provenance)
            .SingleOrDefaultAsync(x => x.PublicId == id, ct);
        return d is null ? Results.NotFound(new { error = $"No document with id '{id}'." }) : Results.Ok(DocumentDto.From(d));
    }

    private static SearchResponseDto Search(SearchService search, string? q, int page = 1, int pageSize = 10)
    {
        var results = search.Search(new SearchRequest(q, page, pageSize));
        return new SearchResponseDto(q, results.Total, results.Page, results.PageSize, results.Message,
            results.Hits.Select(h => new SearchHitDto(h.PublicId, h.Title, DocumentUrls.Permalink(h.PublicId, h.Slug), h.Language, h.SnippetText, h.Score)).ToList());
    }
}
