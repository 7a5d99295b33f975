using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Api;

/// <summary>Absolute URLs for citations, feeds, the sitemap and OAI-PMH, built from the request the reader made.</summary>
public static class PublicUrls
{
    public static Uri Base(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public static Uri Absolute(HttpRequest request, string path) => new(Base(request), path.TrimStart('/'));

    public static Uri Permalink(HttpRequest request, Document d) => Absolute(request, DocumentUrls.Permalink(d));

    public static Uri Permalink(HttpRequest request, string publicId, string slug) => Absolute(request, DocumentUrls.Permalink(publicId, slug));
}
