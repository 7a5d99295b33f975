using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Citations;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Exchange;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Search;

/// <summary>The whole result set of a search (its first <see cref="MaxDocuments"/> hits, in the page's order) as BibTeX,
/// RIS, CSL-JSON or CSV, from the same URL parameters as the results page.</summary>
[EnableRateLimiting(AccountExtensions.SearchRateLimit)]
public sealed class ExportModel(SearchService search, ArchiveDbContext db) : PageModel
{
    public const int MaxDocuments = 1000;

    public async Task<IActionResult> OnGetAsync(string format, CancellationToken ct)
    {
        var (contentType, write) = format switch
        {
            "bib" => ("application/x-bibtex; charset=utf-8", (Func<IReadOnlyList<CitationRecord>, string>)(rs => string.Join("\n", rs.Select(BibTexWriter.Write)))),
            "ris" => ("application/x-research-info-systems; charset=utf-8", rs => string.Concat(rs.Select(RisWriter.Write))),
            "json" => ("application/vnd.citationstyles.csl+json; charset=utf-8", rs => new JsonArray(rs.Select(r => (JsonNode)CslJsonWriter.ToJson(r)).ToArray()).ToJsonString(CslJsonWriter.Options)),
            "csv" => ("text/csv; charset=utf-8", null!),
            _ => (null, null!),
        };
        if (contentType is null)
            return BadRequest(new { error = $"Export as bib, ris, json or csv, not '{format}'." });

        var links = SearchUrlBinder.Bind(Request.Query);
        if (!links.HasSearch()) return BadRequest(new { error = "Give a query (q=) or a filter to export its results." });
        var ids = new List<string>();
        for (var page = 1; ids.Count < MaxDocuments; page++)
        {
            var results = search.Search(links.ToRequest(SearchRequest.MaxPageSize, page) with { WithSnippets = false });
            if (results.Message is not null) return BadRequest(new { error = results.Message });
            ids.AddRange(results.Hits.Select(h => h.PublicId));
            if (results.Hits.Count < SearchRequest.MaxPageSize || page * SearchRequest.MaxPageSize >= results.Total) break;
        }
        ids = ids.Distinct(StringComparer.Ordinal).Take(MaxDocuments).ToList();
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var documents = new List<Document>();
        foreach (var chunk in ids.Chunk(200))
            documents.AddRange(await db.Documents.AsNoTracking().Where(d => chunk.Contains(d.PublicId) && d.Status == DocumentStatus.Published)
                .WithAuthorsAndTags().AsSplitQuery().ToListAsync(ct));
        documents = documents.OrderBy(d => order[d.PublicId]).ToList();

        Response.Headers.ContentDisposition = $"attachment; filename=\"policyarchive-search.{format}\"";
        if (format == "csv")
        {
            var buffer = new MemoryStream();
            await CsvExporter.WriteAsync(buffer, documents, d => PublicUrls.Permalink(Request, d).AbsoluteUri, ct);
            return File(buffer.ToArray(), contentType);
        }
        var records = documents.Select(d => CitationRecord.FromDocument(d, PublicUrls.Permalink(Request, d))).ToList();
        return File(Encoding.UTF8.GetBytes(write(records)), contentType);
    }
}
