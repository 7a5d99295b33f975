using System.Collections.Concurrent;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search;

/// <summary>A concept's names and translations often analyse to the same phrase in one field (« États-Unis » and
/// « Etats-Unis », « contrôle à l'exportation » and « contrôles à l'exportation » in the French field), and each copy
/// read the same positions again: two copies of "etat uni" were three quarters of « matériel américain développeurs »
/// at 20,000 documents. Before a search runs, a phrase that occurs more than once in the query is wrapped so that, per
/// segment, its matches and scores are computed once and read by every copy weighted the same. The scores, and so the
/// ranking, are exactly those of the query as built; the copies stay in the query, so coordination counts them as before.</summary>
public static class SharedLeaves
{
    public static Query Apply(Query query)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(query, counts);
        return counts.Values.Any(c => c > 1) ? Wrap(query, counts, new Materialized()) : query;
    }

    private static void Count(Query query, Dictionary<string, int> counts)
    {
        switch (query)
        {
            case BooleanQuery b:
                foreach (var c in b.Clauses) Count(c.Query, counts);
                break;
            case DisjunctionMaxQuery d:
                foreach (var q in d.Disjuncts) Count(q, counts);
                break;
            case PhraseQuery p:
                var key = p.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
                break;
        }
    }

    private static Query Wrap(Query query, Dictionary<string, int> counts, Materialized materialized)
    {
        switch (query)
        {
            case BooleanQuery b:
                {
                    var copy = new BooleanQuery(b.CoordDisabled) { Boost = b.Boost, MinimumNumberShouldMatch = b.MinimumNumberShouldMatch };
                    foreach (var c in b.Clauses) copy.Add(Wrap(c.Query, counts, materialized), c.Occur);
                    return copy;
                }
            case DisjunctionMaxQuery d:
                {
                    var copy = new DisjunctionMaxQuery(d.TieBreakerMultiplier) { Boost = d.Boost };
                    foreach (var q in d.Disjuncts) copy.Add(Wrap(q, counts, materialized));
                    return copy;
                }
            case PhraseQuery p when counts.GetValueOrDefault(p.ToString()) > 1:
                return new SharedLeafQuery(p, materialized);
            default:
                return query;
        }
    }

    /// <summary>One search's materialised phrases: per segment, per phrase and per weight (the boosts above it).</summary>
    private sealed class Materialized
    {
        private readonly ConcurrentDictionary<(object Segment, object? AcceptDocs, string Key), Lazy<Matches>> _matches = new();

        public Matches Get(AtomicReaderContext context, IBits? acceptDocs, string key, Func<Matches> compute) =>
            _matches.GetOrAdd((context.Reader.CoreCacheKey, acceptDocs, key), _ => new Lazy<Matches>(compute)).Value;
    }

    private sealed record Matches(int[] Docs, float[] Scores, int[] Freqs);

    private sealed class SharedLeafQuery(PhraseQuery inner, Materialized materialized) : Query
    {
        public PhraseQuery Inner { get; } = inner;

        public override Weight CreateWeight(IndexSearcher searcher) => new SharedWeight(this, Inner.CreateWeight(searcher), materialized);

        public override Query Rewrite(IndexReader reader)
        {
            // A phrase of one term rewrites to a term query: nothing left worth sharing.
            var rewritten = Inner.Rewrite(reader);
            return ReferenceEquals(rewritten, Inner) ? this : rewritten;
        }

        public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

        public override string ToString(string field) => Inner.ToString(field);

        public override bool Equals(object? obj) => obj is SharedLeafQuery other && other.Inner.Equals(Inner) && ReferenceEquals(other.Materialized, Materialized);

        public override int GetHashCode() => Inner.GetHashCode();

        private Materialized Materialized => materialized;
    }

    private sealed class SharedWeight(SharedLeafQuery query, Weight inner, Materialized materialized) : Weight
    {
        private string _key = "";

        public override Query Query => query;

        public override float GetValueForNormalization() => inner.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            inner.Normalize(norm, topLevelBoost);
            // Copies share their scores only when weighted alike: the same phrase, query norm and boosts above it.
            _key = FormattableString.Invariant($"{query.Inner}|{norm:R}|{topLevelBoost:R}");
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var matches = materialized.Get(context, acceptDocs, _key, () => Materialize(inner.GetScorer(context, acceptDocs)));
            return matches.Docs.Length == 0 ? null : new ArrayScorer(this, matches);
        }

        private static Matches Materialize(Scorer? scorer)
        {
            if (scorer is null) return new Matches([], [], []);
            var docs = new List<int>();
            var scores = new List<float>();
            var freqs = new List<int>();
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Add(doc);
                scores.Add(scorer.GetScore());
                freqs.Add(scorer.Freq);
            }
            return new Matches([.. docs], [.. scores], [.. freqs]);
        }
    }

    private sealed class ArrayScorer(Weight weight, Matches matches) : Scorer(weight)
    {
        private int _index = -1;

        public override int DocID => _index < 0 ? -1 : _index >= matches.Docs.Length ? NO_MORE_DOCS : matches.Docs[_index];

        public override int Freq => matches.Freqs[_index];

        public override float GetScore() => matches.Scores[_index];

        public override int NextDoc()
        {
            _index++;
            return DocID;
        }

        public override int Advance(int target)
        {
            var from = Math.Max(_index, 0);
            var found = Array.BinarySearch(matches.Docs, from, matches.Docs.Length - from, target);
            _index = found >= 0 ? found : ~found;
            return DocID;
        }

        public override long GetCost() => matches.Docs.Length;
    }
}
