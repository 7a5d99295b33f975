using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.Facets;

/// <summary>The facet values a researcher selected: values of one field widen (OR), fields narrow (AND).</summary>
public static class FacetFilters
{
    public static Query Apply(Query query, IReadOnlyDictionary<string, IReadOnlyList<string>>? selected)
    {
        if (selected is null || selected.All(kv => kv.Value.Count == 0)) return query;
        var filtered = new BooleanQuery(true) { { query, Occur.MUST } };
        foreach (var (field, values) in selected)
        {
            if (values.Count == 0) continue;
            var any = new BooleanQuery(true);
            foreach (var value in values.Distinct(StringComparer.Ordinal)) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            filtered.Add(new ConstantScoreQuery(any) { Boost = 0f }, Occur.MUST);
        }
        return filtered;
    }
}
