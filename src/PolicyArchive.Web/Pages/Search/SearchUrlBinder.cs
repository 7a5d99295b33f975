using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Pages.Search;

/// <summary>The one reading of a search URL, shared by the results page, the JSON API, the Atom feed, the result-set
/// export and saved searches: q, p (or page), pageSize, sort, expand (off, false, 0 or no turn it off), and the facet
/// parameters of <see cref="SearchLinks.FacetParameters"/> (the API's "language" is read as "lang"). Whatever it cannot
/// read falls back to the default (a page that is not a whole number above 0 is page 1, a size is kept within 1 to
/// <see cref="SearchRequest.MaxPageSize"/>, a facet value is a value: year=abc finds nothing, an empty one is no filter),
/// so a hand-written URL never fails and means the same on the page, in the API and in the feed.</summary>
public static class SearchUrlBinder
{
    public const int MaxFacetValuesPerField = 20;

    private static readonly IReadOnlyDictionary<string, string> s_parameterAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["language"] = "lang",
    };

    public static SearchLinks Bind(IQueryCollection query)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, parameter) in SearchLinks.FacetParameters)
        {
            var names = s_parameterAliases.Where(a => a.Value == parameter).Select(a => a.Key).Prepend(parameter);
            var values = names.SelectMany(n => query[n]).Select(v => Clean(v ?? "")).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())
                .Distinct(StringComparer.Ordinal).Take(MaxFacetValuesPerField).ToList();
            if (values.Count > 0) facets[field] = values;
        }
        var q = query.TryGetValue("q", out var qs) ? Clean(qs.ToString()) : null;
        var page = Number(query.TryGetValue("p", out var ps) ? ps : query["page"]) is { } n ? Math.Max(1, n) : 1;
        var pageSize = Number(query["pageSize"]) is { } size ? Math.Clamp(size, 1, SearchRequest.MaxPageSize) : (int?)null;
        var expand = query["expand"].ToString().ToLowerInvariant() is not ("off" or "false" or "0" or "no");
        return new SearchLinks(q, page, ParseSort(query["sort"]), expand, facets) { PageSize = pageSize };
    }

    private static int? Number(Microsoft.Extensions.Primitives.StringValues value) =>
        int.TryParse(value.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Control characters and what XML cannot carry mean nothing in a query, and would break the feed that echoes it.</summary>
    private static string Clean(string s) =>
        s.All(c => !char.IsControl(c) && System.Xml.XmlConvert.IsXmlChar(c)) ? s
            : new string(s.Where(c => char.IsSurrogate(c) || (System.Xml.XmlConvert.IsXmlChar(c) && !char.IsControl(c))).ToArray());

    public static SearchSort ParseSort(string? sort) => sort?.ToLowerInvariant() switch
    {
        "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };

    /// <summary>True when the URL asks for something to search (a query or a facet).</summary>
    public static bool HasSearch(this SearchLinks s) => s.Q is not null || s.Facets.Count > 0;

    /// <summary>True when the URL asks for a page past the last one of its results: the results page answers 404 and says
    /// so, /api/search a 404 problem, so that the URL means the same in both.</summary>
    public static bool IsPastLastPage(this SearchLinks s, SearchResults results) =>
        results.Message is null && results.Total > 0 && s.Page > results.PageCount;

    /// <summary>The page of results the URL asks for, of its pageSize or else <paramref name="defaultPageSize"/> hits (the
    /// results page and the API).</summary>
    public static SearchRequest ToRequest(this SearchLinks s, int defaultPageSize) =>
        new(s.Q, s.Page, s.PageSize ?? defaultPageSize, s.Sort, s.Expand, s.Facets);

    /// <summary>A slice of the whole result set, whatever page and size the URL asks for (the feed and the exports).</summary>
    public static SearchRequest ToRequest(this SearchLinks s, int pageSize, int page) =>
        new(s.Q, page, pageSize, s.Sort, s.Expand, s.Facets);
}
