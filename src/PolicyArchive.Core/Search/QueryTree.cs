using Lucene.Net.Search;

namespace PolicyArchive.Core.Search;

/// <summary>Copies a tree of boolean, dis-max and constant-score queries with each leaf replaced or dropped: the one
/// place that knows how their settings (coordination, boost, minimum to match, tie-breaker) carry over.</summary>
internal static class QueryTree
{
    /// <summary>A copy of <paramref name="query"/> (its coordination, boost and minimum to match) with each clause's query
    /// mapped by <paramref name="clause"/>, each keeping its occurrence.</summary>
    public static BooleanQuery MapClauses(BooleanQuery query, Func<BooleanClause, Query> clause)
    {
        var copy = Settings(query);
        foreach (var c in query.Clauses) copy.Add(clause(c), c.Occur);
        return copy;
    }

    /// <summary>An empty boolean query with <paramref name="query"/>'s coordination, boost and minimum to match.</summary>
    private static BooleanQuery Settings(BooleanQuery query) =>
        new(query.CoordDisabled) { Boost = query.Boost, MinimumNumberShouldMatch = query.MinimumNumberShouldMatch };

    /// <summary>The tree with every leaf mapped by <paramref name="leaf"/> (null drops it). Where a leaf is dropped, a
    /// boolean query that loses a required clause, or keeps no positive clause or fewer optional ones than it needs,
    /// is dropped too, as is a dis-max query left with no disjunct. A tree whose leaves are all kept is copied as it is.</summary>
    public static Query? Map(Query query, Func<Query, Query?> leaf)
    {
        switch (query)
        {
            case BooleanQuery b:
                {
                    var copy = Settings(b);
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
