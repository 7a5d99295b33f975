using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search;

/// <summary>A translated word is one concept of a hundred leaves (the word in every field, each translation in its
/// language's fields, phrases, sounds), and ranking visits every text any leaf matches once per leaf: most of a
/// translated search's time. The same concepts come back in query after query (China, chips, export controls, in any
/// language and beside any other word), so each concept's scores over one view of the index are worked out once and
/// remembered: the documents it matches and each one's score with a query norm of 1. A query holding the concept then
/// reads them and multiplies by its own norm and boost (Lucene's scores are linear in both), so it scores as one leaf.
/// Scores equal Lucene's to a float's rounding (the product is taken in another order), never more.
/// <para>A view of the index is one reader: the index's statistics (how rare a word is) are the whole index's, so a
/// change the indexer publishes starts afresh. When more than <see cref="MaxRemembered"/> matches are held for one view,
/// the concepts searched longest ago are forgotten until half that is held: China or chips, asked for all day, stay.</para></summary>
public static class ConceptScores
{
    /// <summary>About 8 bytes each: 16 MB. At 20,000 documents a common word's concept matches nearly all of them; at
    /// 100,000 the benchmark's 32 queries hold 1.8 million. Settable for tests.</summary>
    public static long MaxRemembered { get; internal set; } = 2_000_000;

    private static readonly ConditionalWeakTable<object, View> s_views = [];

    /// <summary>The query with each concept (a required or coordinated clause of several leaves) read through the remembered
    /// scores; filters, exclusions and single leaves stay as they are.</summary>
    public static Query Apply(Query query) => query is BooleanQuery root ? QueryTree.MapClauses(root, ReadThrough) : query;

    // A coordinated clause (a query of several concepts, of which a share must be present) holds the concepts.
    private static Query ReadThrough(BooleanClause clause) => clause switch
    {
        { Occur: Occur.MUST_NOT } => clause.Query,
        { Query: BooleanQuery { MinimumNumberShouldMatch: > 0 } coordinated } => QueryTree.MapClauses(coordinated, ReadThrough),
        _ => Remembered(clause.Query),
    };

    /// <summary>Forgets every remembered concept (tests).</summary>
    public static void Forget() => s_views.Clear();

    /// <summary>How many matches are remembered for the view of <paramref name="reader"/>.</summary>
    public static long RememberedCount(IndexReader reader) => s_views.TryGetValue(reader, out var view) ? view.Count : 0;

    private static Query Remembered(Query q) => q is BooleanQuery or DisjunctionMaxQuery && Leaves(q) > 1 ? RememberedConceptQuery.Of(q) : q;

    private static int Leaves(Query q) => q switch
    {
        BooleanQuery b => b.Clauses.Sum(c => Leaves(c.Query)),
        DisjunctionMaxQuery d => d.Disjuncts.Sum(Leaves),
        _ => 1,
    };

    /// <summary>One concept's matches in one segment: documents in order and each one's score at a query norm of 1.</summary>
    private sealed record Matches(int[] Docs, float[] Scores, long Cost)
    {
        public static readonly Matches None = new([], [], 0);
    }

    /// <summary>What one view of the index remembers of one concept: the value its weight gives the query norm, and its
    /// matches per segment (filled by whichever search reaches the segment first).</summary>
    private sealed class Concept(Weight raw, float valueForNormalization, int segments)
    {
        public Weight Raw { get; } = raw;
        public float ValueForNormalization { get; } = valueForNormalization;
        public Lazy<Matches>?[] Segments { get; } = new Lazy<Matches>?[segments];

        /// <summary>The view's clock when a search last asked for the concept.</summary>
        public long LastAsked;

        /// <summary>Matches held over its segments read so far; far below zero once forgotten.</summary>
        public long Held;
    }

    private sealed class View
    {
        private readonly ConcurrentDictionary<Query, Concept> _concepts = new();
        private readonly Lock _trimming = new();
        private long _count;
        private long _clock;

        public long Count => Interlocked.Read(ref _count);

        public Concept Get(Query unboosted, IndexSearcher searcher)
        {
            var concept = _concepts.GetOrAdd(unboosted, q =>
            {
                var raw = q.CreateWeight(searcher);
                // Read before normalizing: a boost inside the concept is multiplied into its leaves' weights by Normalize.
                var value = raw.GetValueForNormalization();
                raw.Normalize(1f, 1f);
                return new Concept(raw, value, searcher.IndexReader.Leaves.Count);
            });
            Volatile.Write(ref concept.LastAsked, Interlocked.Increment(ref _clock));
            return concept;
        }

        public Matches Read(Concept concept, AtomicReaderContext segment)
        {
            var lazy = LazyInitializer.EnsureInitialized(ref concept.Segments[segment.Ord], () => new Lazy<Matches>(() =>
            {
                var matches = ReadSegment(concept.Raw, segment);
                // Held is made negative when the concept is forgotten: a read that crosses it is then not counted, and
                // one counted before is taken back with the rest, so the count never drifts.
                if (Interlocked.Add(ref concept.Held, matches.Docs.Length) >= 0
                    && Interlocked.Add(ref _count, matches.Docs.Length) > MaxRemembered) Trim(concept);
                return matches;
            }))!;
            try
            {
                return lazy.Value;
            }
            catch
            {
                // A read that failed (a segment closed under it) is not remembered as failing: the next search reads again.
                Interlocked.CompareExchange(ref concept.Segments[segment.Ord], null, lazy);
                throw;
            }
        }

        /// <summary>Forgets the concepts asked for longest ago until at most half the limit is held, never one asked
        /// for with or after the one being read; a search holding one still reads it (its weight keeps it), the next
        /// asks afresh.</summary>
        private void Trim(Concept reading)
        {
            // One search trims; the others go on (they would forget the same concepts).
            if (!_trimming.TryEnter()) return;
            try
            {
                // A query asks for all its concepts before reading any: those asked with or after the one being read
                // belong to searches under way and stay.
                var asked = Volatile.Read(ref reading.LastAsked);
                var older = _concepts.Where(e => Volatile.Read(ref e.Value.LastAsked) < asked).OrderBy(e => Volatile.Read(ref e.Value.LastAsked)).ToList();
                foreach (var entry in older)
                {
                    if (Count <= MaxRemembered / 2) break;
                    if (_concepts.TryRemove(entry)) Interlocked.Add(ref _count, -Interlocked.Exchange(ref entry.Value.Held, long.MinValue / 2));
                }
            }
            finally
            {
                _trimming.Exit();
            }
        }

        /// <summary>Every live document of the segment the concept matches, with its score at a query norm of 1.</summary>
        private static Matches ReadSegment(Weight raw, AtomicReaderContext segment)
        {
            var scorer = raw.GetScorer(segment, segment.AtomicReader.LiveDocs);
            if (scorer is null) return Matches.None;
            var docs = new List<int>();
            var scores = new List<float>();
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Add(doc);
                scores.Add(scorer.GetScore());
            }
            return new Matches([.. docs], [.. scores], scorer.GetCost());
        }
    }

    /// <summary>The concept with a boost of 1, its boost on the wrapper: a one-clause boolean query rewrites by copying
    /// its clause (this wrapper) with its own boost multiplied in, and the weight must see that product.</summary>
    private sealed class RememberedConceptQuery : Query
    {
        private RememberedConceptQuery(Query inner, float boost)
        {
            Inner = inner;
            Boost = boost;
        }

        public static RememberedConceptQuery Of(Query concept) => new(WithBoost(concept, 1f), concept.Boost);

        public Query Inner { get; }

        public override Weight CreateWeight(IndexSearcher searcher) => new RememberedConceptWeight(this, searcher);

        public override Query Rewrite(IndexReader reader)
        {
            var rewritten = Inner.Rewrite(reader);
            return ReferenceEquals(rewritten, Inner) ? this : new RememberedConceptQuery(rewritten, Boost);
        }

        public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

        public override string ToString(string field) => WithBoost(Inner, Boost).ToString(field);

        public override bool Equals(object? obj) => obj is RememberedConceptQuery other && other.Boost == Boost && other.Inner.Equals(Inner);

        public override int GetHashCode() => HashCode.Combine(Inner, Boost);

        private static Query WithBoost(Query query, float boost)
        {
            var copy = (Query)query.Clone();
            copy.Boost = boost;
            return copy;
        }
    }

    private sealed class RememberedConceptWeight : Weight
    {
        private readonly RememberedConceptQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly View _view;
        private readonly Concept _concept;
        private float _norm = 1f;
        private float _topLevelBoost = 1f;
        private float _scale;

        public RememberedConceptWeight(RememberedConceptQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _view = s_views.GetValue(searcher.IndexReader, _ => new View());
            _concept = _view.Get(query.Inner, searcher);
            _scale = query.Boost;
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _concept.ValueForNormalization * _query.Boost * _query.Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            _norm = norm;
            _topLevelBoost = topLevelBoost;
            _scale = norm * topLevelBoost * _query.Boost;
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var inner = _query.Inner.CreateWeight(_searcher);
            inner.GetValueForNormalization();
            inner.Normalize(_norm, _topLevelBoost * _query.Boost);
            return inner.Explain(context, doc);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var matches = _view.Read(_concept, context);
            return matches.Docs.Length == 0 ? null : new RememberedConceptScorer(this, matches, acceptDocs, _scale);
        }
    }

    private sealed class RememberedConceptScorer(Weight weight, Matches matches, IBits? acceptDocs, float scale)
        : RememberedScorer(weight, matches.Docs, matches.Cost, acceptDocs)
    {
        public override int Freq => 1;

        public override float GetScore() => matches.Scores[Index] * scale;
    }
}
