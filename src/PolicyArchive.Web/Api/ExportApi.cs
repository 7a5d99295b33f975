using PolicyArchive.Core.Exchange;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Api;

/// <summary>Bulk export of the whole archive. The public files hold published documents; administrators also get
/// withdrawn ones, for a lossless backup that `import-jsonl` reads back.</summary>
public static class ExportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/export/archive.jsonl", (HttpContext http, JsonLinesExporter exporter, CancellationToken ct) => JsonLinesAsync(http, exporter, includeWithdrawn: false, ct))
            .Produces<string>(StatusCodes.Status200OK, "application/jsonl")
            .WithTags("Export").WithSummary("The whole public archive as JSON Lines (one record per line; the import format)");
        api.MapGet("/export/archive.csv", async (HttpContext http, CsvExporter exporter, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"policyarchive.csv\"";
            await exporter.ExportAsync(http.Response.Body, d => PublicUrls.Permalink(http.Request, d).AbsoluteUri, ct);
        }).Produces<string>(StatusCodes.Status200OK, "text/csv").WithTags("Export").WithSummary("One row per published document as CSV");
        api.MapGet("/admin/export/archive.jsonl", (HttpContext http, JsonLinesExporter exporter, CancellationToken ct) => JsonLinesAsync(http, exporter, includeWithdrawn: true, ct))
            .RequireAuthorization(AccountExtensions.AdministratorsPolicy)
            .Produces<string>(StatusCodes.Status200OK, "application/jsonl")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithTags("Export").WithSummary("Lossless backup including withdrawn documents (administrators)");
    }

    private static async Task JsonLinesAsync(HttpContext http, JsonLinesExporter exporter, bool includeWithdrawn, CancellationToken ct)
    {
        http.Response.ContentType = "application/jsonl; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"policyarchive.jsonl\"";
        await exporter.ExportAsync(http.Response.Body, includeWithdrawn, ct);
    }
}
