using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Readers;

/// <summary>A document id in capitals ("HMN52S5D", as a reader types it from print, or a tool upper-cases it) is that
/// document, as the relation and collection forms already take it. Before routing, so that every address under the
/// permalink and the API is covered, withdrawn and deleted documents' too (their 410 follows).</summary>
public static class DocumentIdCase
{
    public static IApplicationBuilder UseCanonicalDocumentIds(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (DocumentUrls.WithCanonicalId(http.Request.Path.Value ?? "") is not { } canonical)
        {
            await next();
            return;
        }
        // The API answers as for the id in lower case: its answers are JSON, data or a problem, never a redirect (a
        // cross-origin script would also need CORS on the redirect). A page's address is moved for good, as a wrong slug is.
        if (SecurityExtensions.IsApi(http))
        {
            http.Request.Path = canonical;
            await next();
            return;
        }
        http.Response.Redirect((http.Request.PathBase + new PathString(canonical)).ToUriComponent() + http.Request.QueryString.ToUriComponent(), permanent: true);
    });
}
