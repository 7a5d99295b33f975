using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Translations;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Search;

[EnableRateLimiting(AccountExtensions.SearchRateLimit)]
public sealed class SearchModel(SearchService search, SideBySideQuery translations) : PageModel
{
    public const int PageSize = 10;
    public const int MaxFacetValuesPerField = 20;

    public string? Q { get; private set; }
    public SearchResults? Results { get; private set; }
    /// <summary>Hits that have a translation or an original in the archive, with the first such document.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TranslationPair>> Translations { get; private set; } = new Dictionary<string, IReadOnlyList<TranslationPair>>();
    public SearchLinks Links { get; private set; } = new(null, 1, SearchSort.Relevance, true, new Dictionary<string, IReadOnlyList<string>>());

    public static string FacetTitle(string field) => field switch
    {
        IndexFields.Language => "Language",
        IndexFields.Publication => "Publication",
        IndexFields.Tag => "Tag",
        IndexFields.Author => "Author",
        IndexFields.Year => "Year",
        _ => field,
    };

    public static string FacetLabel(string field, string value) => field == IndexFields.Language ? LanguageName(value) : value;

    public static string LanguageName(string code) => code switch
    {
        "fr" => "French",
        "en" => "English",
        "zh" => "Chinese",
        "ja" => "Japanese",
        "ko" => "Korean",
        "und" => "Undetermined",
        _ => code,
    };

    public async Task OnGetAsync(string? q, int p = 1, string? sort = null, string? expand = null, CancellationToken ct = default)
    {
        Q = q;
        var facets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, parameter) in SearchLinks.FacetParameters)
        {
            var values = Request.Query[parameter].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
                .Distinct(StringComparer.Ordinal).Take(MaxFacetValuesPerField).ToList();
            if (values.Count > 0) facets[field] = values;
        }
        var order = sort?.ToLowerInvariant() switch
        {
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => SearchSort.Relevance,
        };
        var expandThesaurus = !string.Equals(expand, "off", StringComparison.OrdinalIgnoreCase);
        Links = new SearchLinks(q, Math.Max(1, p), order, expandThesaurus, facets);
        if (q is null && facets.Count == 0) return;

        Results = search.Search(new SearchRequest(q, p, PageSize, order, expandThesaurus, facets));
        Translations = await translations.PairsAsync(Results.Hits.Select(h => h.PublicId).ToList(), ct);
    }
}
