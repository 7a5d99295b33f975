using System.Text.RegularExpressions;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Api;

/// <summary>The one address scheme of the browse pages: /browse/{facet}/{value} lists the documents with one value of a
/// facet. A value is a name as the source gives it ("Reuters/AFP", "100 %", 新华社), written as one escaped path segment,
/// and read back from the address exactly as it was written.</summary>
public static partial class BrowseUrls
{
    public static string Page(string facet, string value) => value is "." or ".."
        // Browsers and servers drop a dot segment from a path, escaped or not; the page reads the query's value too.
        ? $"/browse/{facet}?value={Uri.EscapeDataString(value)}"
        : $"/browse/{facet}/{Uri.EscapeDataString(value)}";

    /// <summary>The value <see cref="Page"/> wrote, from the route's <paramref name="routeValue"/>, in which the server
    /// left "%2F" escaped (<see cref="SentPaths"/>).</summary>
    public static string? ValueOf(HttpRequest request, string? routeValue)
    {
        if (routeValue is null || !routeValue.Contains("%2F", StringComparison.OrdinalIgnoreCase)) return routeValue;
        var path = (SentPaths.Of(request) ?? "").TrimEnd('/');
        var sent = path[(path.LastIndexOf('/') + 1)..];
        // Without the path as sent (or with one the route did not come from), "%2F" is most likely a "/" of the name.
        return AsServerDecodes(sent) == routeValue ? Uri.UnescapeDataString(sent) : routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string AsServerDecodes(string segment) =>
        string.Concat(EscapedSlash().Split(segment).Select((part, i) => i % 2 == 0 ? Uri.UnescapeDataString(part) : part));

    [GeneratedRegex("(%2[Ff])")]
    private static partial Regex EscapedSlash();
}
