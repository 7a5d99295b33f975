using System.Globalization;

using Microsoft.AspNetCore.WebUtilities;

using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Pages.Search;

/// <summary>The state of a results page as URL parameters (query, page, sort, expansion switch, selected facets, and the
/// page size when the URL gave one), and links that change one part of it. Every link is a plain GET: the page works
/// without JavaScript.</summary>
public sealed record SearchLinks(string? Q, int Page, SearchSort Sort, bool Expand, IReadOnlyDictionary<string, IReadOnlyList<string>> Facets)
{
    public const string Path = "/search";

    /// <summary>Hits per page the URL asked for, kept by the links that page through the results; null for the default.
    /// The feed, the exports and a saved search cover the whole result set and drop it, as they drop the page.</summary>
    public int? PageSize { get; init; }

    /// <summary>URL parameter per facet field.</summary>
    public static readonly IReadOnlyDictionary<string, string> FacetParameters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IndexFields.Language] = "lang",
        [IndexFields.Publication] = "publication",
        [IndexFields.Tag] = "tag",
        [IndexFields.Author] = "author",
        [IndexFields.Year] = "year",
        [IndexFields.Month] = "month",
    };

    public string ForPage(int page) => Build(this with { Page = page });

    public string ForSort(SearchSort sort) => Build(this with { Sort = sort, Page = 1 });

    public string ForExpansion(bool expand) => Build(this with { Expand = expand, Page = 1 });

    public string ForQuery(string q) => Build(this with { Q = q, Page = 1 });


    public string ForToggle(string field, string value)
    {
        var facets = Facets.ToDictionary(kv => kv.Key, kv => kv.Value.ToList(), StringComparer.Ordinal);
        if (!facets.TryGetValue(field, out var values)) facets[field] = values = [];
        if (!values.Remove(value)) values.Add(value);
        return Build(this with { Facets = facets.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal), Page = 1 });
    }

    public string WithoutFacets() => Build(this with { Facets = new Dictionary<string, IReadOnlyList<string>>(), Page = 1 });

    /// <summary>Narrowed to one value of <paramref name="field"/> (a timeline bar), replacing that field's selection;
    /// choosing a year drops a month of another year.</summary>
    public string ForOnly(string field, string value)
    {
        var facets = Facets.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        facets[field] = [value];
        if (field == IndexFields.Year) facets.Remove(IndexFields.Month);
        return Build(this with { Facets = facets, Page = 1 });
    }

    /// <summary>The Atom feed of this search (every parameter but the page and its size).</summary>
    public string ForFeed() => Build(this with { Page = 1, PageSize = null }, "/feeds/search");

    /// <summary>The whole result set in <paramref name="format"/> (bib, ris, json, csv).</summary>
    public string ForExport(string format) => Build(this with { Page = 1, PageSize = null }, "/search/export." + format);

    /// <summary>The query string alone ("?q=…"), as a saved search keeps it.</summary>
    public string QueryString => Build(this with { Page = 1, PageSize = null }, "");

    private static string Build(SearchLinks s) => Build(s, Path);

    private static string Build(SearchLinks s, string path)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (s.Q is not null) query.Add(new("q", s.Q));
        foreach (var (field, parameter) in FacetParameters)
        {
            if (s.Facets.TryGetValue(field, out var values))
                query.AddRange(values.Select(v => new KeyValuePair<string, string?>(parameter, v)));
        }
        if (s.Sort != SearchSort.Relevance) query.Add(new("sort", s.Sort.ToString().ToLowerInvariant()));
        if (!s.Expand) query.Add(new("expand", "off"));
        if (s.PageSize is { } size) query.Add(new("pageSize", size.ToString(CultureInfo.InvariantCulture)));
        if (s.Page > 1) query.Add(new("p", s.Page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(path, query);
    }
}
