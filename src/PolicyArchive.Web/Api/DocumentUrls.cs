using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Api;

public static class DocumentUrls
{
    /// <summary>Where a document's addresses start: its permalink and what derives from it, and the API's.</summary>
    private static readonly string[] s_prefixes = ["/d/", "/api/documents/"];

    public static string Permalink(Document d) => Permalink(d.PublicId, d.Slug);

    public static string Permalink(string publicId, string slug) => $"/d/{publicId}/{Uri.EscapeDataString(slug)}";

    /// <summary><paramref name="path"/> with its document id as the archive writes it, when it is an address of a document
    /// (/d/{id}…, /api/documents/{id}…) whose id is typed in other letters ("HMN52S5D"); else null.</summary>
    public static string? WithCanonicalId(string path)
    {
        foreach (var prefix in s_prefixes)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var end = path.IndexOf('/', prefix.Length);
            var id = end < 0 ? path[prefix.Length..] : path[prefix.Length..end];
            return PublicIds.Canonical(id) is { } canonical && canonical != id ? prefix + canonical + (end < 0 ? "" : path[end..]) : null;
        }
        return null;
    }
}
