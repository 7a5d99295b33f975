using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Api;

public static class DocumentUrls
{
    public static string Permalink(Document d) => Permalink(d.PublicId, d.Slug);

    public static string Permalink(string publicId, string slug) => $"/d/{publicId}/{Uri.EscapeDataString(slug)}";
}
