using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Pages.Search;

/// <summary>The one reading of a search URL, shared by the results page, the JSON API, the Atom feed, the result-set
/// export and saved searches: q, p (or page), sort, expand (off/false), and the facet parameters of
/// <see cref="SearchLinks.FacetParameters"/> (the API's "language" is read as "lang"). Whatever it cannot read falls back
/// to the default, so a hand-written URL never fails.</summary>
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
        var page = int.TryParse(query.TryGetValue("p", out var ps) ? ps.ToString() : query["page"].ToString(), out var n) ? Math.Max(1, n) : 1;
        var expand = query["expand"].ToString().ToLowerInvariant() is not ("off" or "false" or "0" or "no");
        return new SearchLinks(q, page, ParseSort(query["sort"]), expand, facets);
    }

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

    public static SearchRequest ToRequest(this SearchLinks s, int pageSize, int? page = null) =>
        new(s.Q, page ?? s.Page, pageSize, s.Sort, s.Expand, s.Facets);
}
