using Lucene.Net.Search;

namespace PolicyArchive.Core.Search;

/// <summary>Copies a tree of boolean, dis-max and constant-score queries with each leaf replaced or dropped: the one
/// place that knows how their settings (coordination, boost, minimum to match, tie-breaker) carry over.</summary>
internal static class QueryTree
{
    /// <summary>The tree with every leaf mapped by <paramref name="leaf"/> (null drops it). Where a leaf is dropped, a
    /// boolean query that loses a required clause, or keeps no positive clause or fewer optional ones than it needs,
    /// is dropped too, as is a dis-max query left with no disjunct. A tree whose leaves are all kept is copied as it is.</summary>
    public static Query? Map(Query query, Func<Query, Query?> leaf)
    {
        switch (query)
        {
            case BooleanQuery b:
                {
                    var copy = new BooleanQuery(b.CoordDisabled) { Boost = b.Boost, MinimumNumberShouldMatch = b.MinimumNumberShouldMatch };
                    var dropped = false;
                    foreach (var clause in b.Clauses)
                    {
                        if (Map(clause.Query, leaf) is { } mapped)
                        {
                            copy.Add(mapped, clause.Occur);
                            continue;
                        }
                        if (clause.Occur == Occur.MUST) return null;
                        dropped = true;
                    }
                    if (!dropped) return copy;
                    var optional = copy.Clauses.Count(c => c.Occur == Occur.SHOULD);
                    return copy.Clauses.All(c => c.Occur == Occur.MUST_NOT) || optional < copy.MinimumNumberShouldMatch ? null : copy;
                }
            case DisjunctionMaxQuery d:
                {
                    var copy = new DisjunctionMaxQuery(d.TieBreakerMultiplier) { Boost = d.Boost };
                    foreach (var disjunct in d.Disjuncts)
                        if (Map(disjunct, leaf) is { } mapped) copy.Add(mapped);
                    return copy.Disjuncts.Count == 0 && d.Disjuncts.Count > 0 ? null : copy;
                }
            case ConstantScoreQuery { Query: not null } c:
                return Map(c.Query, leaf) is { } inner ? new ConstantScoreQuery(inner) { Boost = c.Boost } : null;
            default:
                return leaf(query);
        }
    }
}
