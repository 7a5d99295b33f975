using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Citations;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Pages.Documents;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Api;

/// <summary>Citation downloads next to the permalink: /d/{id}/cite.bib, cite.ris, cite.json (?rev=N for a revision).</summary>
public static class CiteEndpoints
{
    public static IEndpointRouteBuilder MapCiteDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/d/{id}/cite.bib", (string id, int? rev, string? p, HttpContext http, ArchiveDbContext db, DocumentBodyRenderer renderer, CancellationToken ct) =>
            CiteAsync(id, rev, p, http, db, renderer, "application/x-bibtex; charset=utf-8", "bib", BibTexWriter.Write, ct))
            .Produces<string>(StatusCodes.Status200OK, "application/x-bibtex").Cited()
            .WithSummary("BibTeX entry of a document").WithTags("Citations");
        app.MapGet("/d/{id}/cite.ris", (string id, int? rev, string? p, HttpContext http, ArchiveDbContext db, DocumentBodyRenderer renderer, CancellationToken ct) =>
            CiteAsync(id, rev, p, http, db, renderer, "application/x-research-info-systems; charset=utf-8", "ris", RisWriter.Write, ct))
            .Produces<string>(StatusCodes.Status200OK, "application/x-research-info-systems").Cited()
            .WithSummary("RIS record of a document").WithTags("Citations");
        app.MapGet("/d/{id}/cite.json", (string id, int? rev, string? p, HttpContext http, ArchiveDbContext db, DocumentBodyRenderer renderer, CancellationToken ct) =>
            CiteAsync(id, rev, p, http, db, renderer, "application/vnd.citationstyles.csl+json; charset=utf-8", "json", CslJsonWriter.Write, ct))
            .Produces<string>(StatusCodes.Status200OK, "application/vnd.citationstyles.csl+json").Cited()
            .WithSummary("CSL-JSON item of a document").WithTags("Citations");
        return app;
    }

    private static RouteHandlerBuilder Cited(this RouteHandlerBuilder b) =>
        b.Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<IResult> CiteAsync(string id, int? rev, string? passage, HttpContext http, ArchiveDbContext db, DocumentBodyRenderer renderer,
        string contentType, string extension, Func<CitationRecord, string> write, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().WithAuthorsAndTags()
            .SingleOrDefaultAsync(x => x.PublicId == id && x.Status == DocumentStatus.Published, ct);
        // A withdrawn or deleted document's citations answer 410 with the reason, as its permalink does.
        if (d is null) return await ApiContract.GoneOrNotFoundAsync(db, id, $"No published document with id '{id}'.", ct);
        var permalink = PublicUrls.Permalink(http.Request, d);
        CitationRecord record;
        string body;
        if (rev is { } n && n != d.RevisionNumber)
        {
            var revision = await RevisionBodies.FindAsync(db, d.Id, n, ct);
            if (revision is null) return ApiContract.NotFound($"Document '{id}' has no revision {n}.");
            record = CitationRecord.FromRevision(d, revision, permalink);
            body = RevisionBodies.Text(revision);
        }
        else
        {
            record = CitationRecord.FromDocument(d, permalink);
            body = d.Body;
        }
        if (!string.IsNullOrWhiteSpace(passage))
        {
            // The anchor must name a paragraph of the cited revision: a citation never points at text that is not there.
            var anchor = PassageAnchors.Of(renderer.Render(body, record.Language, []).Html).FirstOrDefault(a => a.Id == passage.Trim());
            if (anchor is null)
                return ApiContract.NotFound($"Revision {record.Revision} of document '{id}' has no paragraph '{passage}'.");
            record = record with { PassageAnchor = anchor.Id, PassageExcerpt = anchor.Excerpt };
        }
        if (ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(d.PublicId, record.Revision, d.ConcurrencyVersion, extension, http.Request.Host.Value, record.PassageAnchor)))
            return ConditionalGet.NotModified();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{record.Key}.{extension}\"";
        return Results.Text(write(record), contentType);
    }
}
