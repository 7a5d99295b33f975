using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.Facets;

/// <summary>The facet values a researcher selected: values of one field widen (OR), fields narrow (AND).
/// A month value <c>YYYY-00</c> (<see cref="MonthUnknown"/>) stands for the documents of year YYYY whose month is not
/// known, the timeline's "month unknown" bar: a date is placed by its precision, so they are in no month.</summary>
public static class FacetFilters
{
    public static string MonthUnknown(string year) => year + "-00";

    /// <summary>The year of a <see cref="MonthUnknown"/> value, or null for any other value.</summary>
    public static string? YearOfMonthUnknown(string value) =>
        value.Length == 7 && value.EndsWith("-00", StringComparison.Ordinal) && value.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0 ? value[..4] : null;

    public static Query Apply(Query query, IReadOnlyDictionary<string, IReadOnlyList<string>>? selected)
    {
        if (selected is null || selected.All(kv => kv.Value.Count == 0)) return query;
        var filtered = new BooleanQuery(true) { { query, Occur.MUST } };
        foreach (var (field, values) in selected)
        {
            if (values.Count == 0) continue;
            filtered.Add(new ConstantScoreQuery(AnyOf(field, values)) { Boost = 0f }, Occur.MUST);
        }
        return filtered;
    }

    /// <summary>The documents a value of <paramref name="field"/> would add to the results if it were selected too: those
    /// matching the query and every other field's selection, but none of this field's selected values. Their facet
    /// counts are what selecting another value of the field adds (disjunctive faceting: Solr's tag/exclude, with the
    /// field's own selection excluded rather than dropped, so the count shown is the total the value's link gives).</summary>
    public static Query Outside(Query query, IReadOnlyDictionary<string, IReadOnlyList<string>> selected, string field) => new BooleanQuery(true)
    {
        { Apply(query, selected.Where(kv => kv.Key != field).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)), Occur.MUST },
        { AnyOf(field, selected[field]), Occur.MUST_NOT },
    };

    private static BooleanQuery AnyOf(string field, IReadOnlyList<string> values)
    {
        var any = new BooleanQuery(true);
        foreach (var value in values.Distinct(StringComparer.Ordinal)) any.Add(Clause(field, value), Occur.SHOULD);
        return any;
    }

    private static Query Clause(string field, string value)
    {
        if (field != IndexFields.Month || YearOfMonthUnknown(value) is not { } year) return new TermQuery(new Term(field, value));
        return new BooleanQuery(true)
        {
            { new TermQuery(new Term(IndexFields.Year, year)), Occur.MUST },
            { new PrefixQuery(new Term(IndexFields.Month, year + "-")), Occur.MUST_NOT },
        };
    }
}
