using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Translations;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Search;

[EnableRateLimiting(AccountExtensions.SearchRateLimit)]
public sealed class SearchModel(SearchService search, ArchiveDbContext db, IStringLocalizer<SharedResource> localizer, SideBySideQuery translations) : PageModel
{
    public const int PageSize = 10;
    public const int MaxFacetValuesPerField = SearchUrlBinder.MaxFacetValuesPerField;

    public string? Q { get; private set; }
    public SearchResults? Results { get; private set; }
    /// <summary>Hits that have a translation or an original in the archive, with the first such document.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TranslationPair>> Translations { get; private set; } = new Dictionary<string, IReadOnlyList<TranslationPair>>();
    public SearchLinks Links { get; private set; } = new(null, 1, SearchSort.Relevance, true, new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>True when the page asked for lies past the last page of results.</summary>
    public bool OutOfRange { get; private set; }

    public SearchTimeline? Timeline { get; private set; }

    /// <summary>Tag name → its label in the interface language.</summary>
    public IReadOnlyDictionary<string, string> TagLabels { get; private set; } = new Dictionary<string, string>();

    public static string FacetTitle(string field) => field switch
    {
        IndexFields.Language => "Language",
        IndexFields.Publication => "Publication",
        IndexFields.Tag => "Tag",
        IndexFields.Author => "Author",
        IndexFields.Year => "Year",
        IndexFields.Month => "Month",
        _ => field,
    };

    public string FacetLabel(string field, string value) => field switch
    {
        IndexFields.Language => Documents.LanguageNames.Of(value, System.Globalization.CultureInfo.CurrentUICulture),
        IndexFields.Tag => TagLabel(value),
        _ => value,
    };

    public string TagLabel(string name) => TagLabels.TryGetValue(name, out var label) ? label : name;


    public static string KindName(string kind) => kind switch
    {
        SourceKinds.Translation => "Translation",
        SourceKinds.Hearing => "Hearing or speech",
        SourceKinds.Commentary => "Commentary",
        SourceKinds.Article => "Article",
        _ => "Text",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        Links = SearchUrlBinder.Bind(Request.Query);
        Q = Links.Q;
        if (!Links.HasSearch()) return;

        Results = search.Search(Links.ToRequest(defaultPageSize: PageSize));
        OutOfRange = Links.IsPastLastPage(Results);
        if (OutOfRange) Response.StatusCode = StatusCodes.Status404NotFound;
        var culture = CultureInfo.CurrentUICulture;
        Timeline = SearchTimeline.From(Results, culture, localizer["{0}, month unknown"]);
        var language = culture.TwoLetterISOLanguageName;
        // Only the tags this page names (its hits' tags and the tag facet's values), not every tag of the archive per search.
        var shown = Results.Hits.SelectMany(h => h.Tags)
            .Concat(Results.Facets.Where(f => f.Field == IndexFields.Tag).SelectMany(f => f.Values.Select(v => v.Value)))
            .Distinct(StringComparer.Ordinal).ToList();
        var tags = await db.Tags.AsNoTracking().Where(t => shown.Contains(t.Name)).Include(t => t.Labels).ToListAsync(ct);
        TagLabels = tags.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().LabelFor(language), StringComparer.Ordinal);
        Translations = await translations.PairsAsync(Results.Hits.Select(h => h.PublicId).ToList(), ct);
    }
}
