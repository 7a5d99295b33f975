using System.Globalization;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Facets;

namespace PolicyArchive.Web.Pages.Search;

/// <summary>When the result set was written, from the year and month facet counts: one bar per year, or, when every
/// dated hit falls in one year, one bar per month plus one for the documents of that year whose month is not known.
/// A date is placed by its precision only: a year alone never lands in a month, a day and month without a year is
/// counted apart as "year unknown".</summary>
public sealed record SearchTimeline(bool ByMonth, IReadOnlyList<SearchTimeline.Bar> Bars, int WithoutYear)
{
    /// <param name="Label">What the bar stands for ("2025", "May 2025", "2025, month unknown").</param>
    /// <param name="Field">The facet a click narrows by (year or month), with <paramref name="Value"/>; the "month unknown"
    /// bar narrows by month to <see cref="FacetFilters.MonthUnknown"/>.</param>
    public sealed record Bar(string Label, string Field, string Value, int Count, bool Selected)
    {
        /// <summary>Set on the bar of a year's documents whose month is not known: the year they were written.</summary>
        public string? Year { get; init; }
    }

    /// <summary>The "month unknown" bar when the results are narrowed to it, so the page can say so and offer the whole year.</summary>
    public Bar? MonthUnknownSelected => Bars.FirstOrDefault(b => b.Year is not null && b.Selected);

    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Count);

    public static SearchTimeline? From(SearchResults results, CultureInfo culture, string monthUnknownFormat)
    {
        var years = Counts(results.DateCounts, IndexFields.Year);
        var months = Counts(results.DateCounts, IndexFields.Month);
        var dated = years.Values.Sum(v => v.Count);
        if (dated == 0) return null;
        var withoutYear = Math.Max(0, results.Total - dated);
        if (years.Count > 1)
        {
            var bars = years.OrderBy(y => y.Key, StringComparer.Ordinal)
                .Select(y => new Bar(y.Key, IndexFields.Year, y.Key, y.Value.Count, y.Value.Selected)).ToList();
            return new SearchTimeline(false, bars, withoutYear);
        }
        var (year, only) = years.Single();
        var monthBars = months.Where(m => m.Key.StartsWith(year + "-", StringComparison.Ordinal)).OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new Bar(MonthLabel(m.Key, culture), IndexFields.Month, m.Key, m.Value.Count, m.Value.Selected)).ToList();
        var noMonth = only.Count - monthBars.Sum(b => b.Count);
        // Its click narrows to the documents of that year whose month is not known, not to the whole year.
        var unknown = FacetFilters.MonthUnknown(year);
        var unknownSelected = results.DateCounts.Any(f => f.Field == IndexFields.Month && f.Values.Any(v => v.Value == unknown && v.Selected));
        if (noMonth > 0) monthBars.Add(new Bar(string.Format(culture, monthUnknownFormat, year), IndexFields.Month, unknown, noMonth, unknownSelected) { Year = year });
        return new SearchTimeline(true, monthBars, withoutYear);
    }

    private static Dictionary<string, FacetValue> Counts(IReadOnlyList<FacetResult> facets, string field) =>
        facets.Where(f => f.Field == field).SelectMany(f => f.Values).Where(v => v.Count > 0)
            .GroupBy(v => v.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static string MonthLabel(string value, CultureInfo culture) =>
        int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            ? PartialDateFormatter.Month(y, m, culture)
            : value;
}
