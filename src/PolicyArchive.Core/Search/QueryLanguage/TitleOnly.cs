using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>A word's or phrase's query kept to the title fields (title:chips): the same forms, translations and
/// corrections a plain word gets, but only the leaves that read a title. What must match and cannot in a title makes
/// the whole query match nothing; what may match is dropped.</summary>
internal static class TitleOnly
{
    public static Query? Keep(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return IsTitle(term.Term.Field) ? term : null;
            case PhraseQuery phrase:
                return phrase.GetTerms() is { Length: > 0 } terms && IsTitle(terms[0].Field) ? phrase : null;
            case PrefixQuery prefix:
                return IsTitle(prefix.Prefix.Field) ? prefix : null;
            case DisjunctionMaxQuery dismax:
                {
                    var kept = new DisjunctionMaxQuery(dismax.TieBreakerMultiplier) { Boost = dismax.Boost };
                    foreach (var disjunct in dismax.Disjuncts)
                        if (Keep(disjunct) is { } q) kept.Add(q);
                    return kept.Disjuncts.Count == 0 ? null : kept;
                }
            case BooleanQuery boolean:
                {
                    var kept = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                    foreach (var clause in boolean.Clauses)
                    {
                        var q = Keep(clause.Query);
                        if (q is null)
                        {
                            // A required part no title can hold: nothing matches.
                            if (clause.Occur == Occur.MUST) return null;
                            continue;
                        }
                        kept.Add(q, clause.Occur);
                    }
                    var optional = kept.Clauses.Count(c => c.Occur == Occur.SHOULD);
                    if (kept.Clauses.All(c => c.Occur == Occur.MUST_NOT) || optional < kept.MinimumNumberShouldMatch) return null;
                    return kept;
                }
            default:
                return null;
        }
    }

    private static bool IsTitle(string field) => field.StartsWith(IndexFields.TitlePrefix, StringComparison.Ordinal);
}
