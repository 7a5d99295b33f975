using System.Xml;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Feeds;

/// <summary>sitemap.xml, robots.txt and the OpenSearch description that lets browsers search the archive from the address bar.</summary>
public static class DiscoveryFiles
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>A sitemap holds at most 50,000 URLs; beyond that a sitemap index would be needed.</summary>
    public const int MaxUrls = 50_000;

    public static async Task<IResult> SitemapAsync(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var docs = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published)
            .OrderBy(d => d.Id).Take(MaxUrls - 2).Select(d => new { d.PublicId, d.Slug, d.UpdatedAt }).ToListAsync(ct);
        var buffer = new MemoryStream();
        using (var w = ArchiveXml.Create(buffer, indent: true))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", SitemapNs);
            Url(w, PublicUrls.Base(http.Request).AbsoluteUri, null);
            Url(w, PublicUrls.Absolute(http.Request, "/documents").AbsoluteUri, null);
            foreach (var d in docs)
                Url(w, PublicUrls.Permalink(http.Request, d.PublicId, d.Slug).AbsoluteUri, d.UpdatedAt);
            w.WriteEndElement();
        }
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static void Url(XmlWriter w, string loc, DateTime? lastModified)
    {
        w.WriteStartElement("url", SitemapNs);
        w.WriteElementString("loc", SitemapNs, loc);
        if (lastModified is { } m)
            w.WriteElementString("lastmod", SitemapNs, m.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    public static IResult Robots(HttpContext http) => Results.Text(
        "User-agent: *\n" +
        "Disallow: /admin\n" +
        "Disallow: /account\n" +
        "Disallow: /api/export/\n" +
        "Disallow: /api/admin/\n" +
        "Allow: /\n" +
        $"Sitemap: {PublicUrls.Absolute(http.Request, "/sitemap.xml").AbsoluteUri}\n",
        "text/plain; charset=utf-8");

    public static IResult OpenSearch(HttpContext http)
    {
        var buffer = new MemoryStream();
        using (var w = ArchiveXml.Create(buffer, indent: true))
        {
            w.WriteStartDocument();
            w.WriteStartElement("OpenSearchDescription", OpenSearchNs);
            w.WriteElementString("ShortName", OpenSearchNs, "PolicyArchive");
            w.WriteElementString("Description", OpenSearchNs, "Search AI-policy documents in French, English, Chinese and Japanese");
            w.WriteElementString("InputEncoding", OpenSearchNs, "UTF-8");
            w.WriteElementString("Language", OpenSearchNs, "*");
            Template(w, "text/html", PublicUrls.Absolute(http.Request, "/search").AbsoluteUri + "?q={searchTerms}");
            Template(w, "application/atom+xml", PublicUrls.Absolute(http.Request, "/feeds/search").AbsoluteUri + "?q={searchTerms}");
            Template(w, "application/json", PublicUrls.Absolute(http.Request, "/api/search").AbsoluteUri + "?q={searchTerms}&page={startPage?}");
            w.WriteStartElement("Image", OpenSearchNs);
            w.WriteAttributeString("width", "16");
            w.WriteAttributeString("height", "16");
            w.WriteAttributeString("type", "image/x-icon");
            w.WriteString(PublicUrls.Absolute(http.Request, "/favicon.ico").AbsoluteUri);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return Results.Bytes(buffer.ToArray(), "application/opensearchdescription+xml; charset=utf-8");
    }

    private static void Template(XmlWriter w, string type, string template)
    {
        w.WriteStartElement("Url", OpenSearchNs);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("template", template);
        w.WriteEndElement();
    }
}
