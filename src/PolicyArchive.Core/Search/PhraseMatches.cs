using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search;

/// <summary>Where an expanded query's time goes is phrases: a concept's names and translations of several words
/// (« contrôle à l'exportation », "AI model", 出口管制 as bigrams), each read from positions in every text holding all
/// its words, and the same names come back in every query about the concept, in any language, and several times in one
/// query (« États-Unis » and « Etats-Unis » analyse alike). A phrase's matches in a segment never change (segments are
/// written once), so each phrase is read once per segment and remembered: the documents and each one's phrase frequency.
/// A query's score is then computed from the remembered frequency by the index's own similarity with the query's own
/// weight, exactly what Lucene's phrase scorer computes (scores are equal to the bit; <c>PhraseMatchesTests</c>).
/// Deleted documents are left out when read. Remembered matches go with their segment (a merge makes new ones); when
/// more than <see cref="MaxRemembered"/> are held, the phrases searched longest ago are forgotten until half that is
/// held: the names of the concepts asked for all day stay.</summary>
public static class PhraseMatches
{
    /// <summary>About 8 bytes each: 16 MB. At 20,000 documents a common concept name matches 2,000 to 8,000 texts; at
    /// 100,000 the benchmark's 32 queries hold 1.1 million. Settable for tests.</summary>
    public static long MaxRemembered { get; internal set; } = 2_000_000;

    private static Remembered s_remembered = new();

    /// <summary>The query with every phrase of two words or more read through the remembered matches; the query itself
    /// when the searcher's similarity is not the TF-IDF one this is written for.</summary>
    public static Query Apply(Query query, IndexSearcher searcher) =>
        searcher.Similarity is TFIDFSimilarity ? Wrap(query) : query;

    /// <summary>Forgets every remembered phrase (tests; a full cache forgets by itself).</summary>
    public static void Forget() => s_remembered = new Remembered();

    /// <summary>How many matches are remembered (those of segments merged away since the last trim included).</summary>
    public static long RememberedCount => s_remembered.Count;

    // Never null: no leaf is dropped.
    private static Query Wrap(Query query) =>
        QueryTree.Map(query, leaf => leaf is PhraseQuery p && p.GetTerms().Length > 1 ? RememberedPhraseQuery.Of(p) : leaf)!;

    /// <summary>One segment's matches of one phrase: documents in order and the phrase's frequency in each (sloppy
    /// matches count less the further apart their words stand, as Lucene counts them). Whether Lucene's phrase scorer
    /// exists for the segment and its cost are kept too: conjunctions order their clauses by cost and disjunctions hold
    /// their scorers in a heap, and both add scores in that order, so a float sum equal to the bit needs the same ones.</summary>
    private sealed record Matches(bool Scorer, long Cost, int[] Docs, float[] Freqs)
    {
        public static readonly Matches None = new(false, 0, [], []);
    }

    /// <summary>One phrase's matches in one segment, and when a search last asked for them.</summary>
    private sealed class Entry
    {
        public Lazy<Matches>? Matches;

        /// <summary>The clock when a search last asked for the phrase in this segment.</summary>
        public long LastAsked;

        /// <summary>Matches counted; far below zero once forgotten, so a read that crosses the forgetting is not counted.</summary>
        public long Held;
    }

    private sealed class Remembered
    {
        private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Entry>> _bySegment = [];
        private readonly Lock _trimming = new();
        private long _count;
        private long _clock;

        public long Count => Interlocked.Read(ref _count);

        /// <summary>A search's time: it takes one when its weights are made, before it reads any segment, so all its
        /// phrases count as asked for then.</summary>
        public long Tick() => Interlocked.Increment(ref _clock);

        public Matches Get(AtomicReader segment, string key, long asked, Func<Matches> read)
        {
            var phrases = _bySegment.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
            var entry = phrases.GetOrAdd(key, _ => new Entry());
            for (var seen = Volatile.Read(ref entry.LastAsked); seen < asked; seen = Volatile.Read(ref entry.LastAsked))
            {
                if (Interlocked.CompareExchange(ref entry.LastAsked, asked, seen) == seen) break;
            }
            var lazy = LazyInitializer.EnsureInitialized(ref entry.Matches, () => new Lazy<Matches>(() =>
            {
                var matches = read();
                if (Interlocked.Add(ref entry.Held, matches.Docs.Length) >= 0
                    && Interlocked.Add(ref _count, matches.Docs.Length) > MaxRemembered) Trim(entry);
                return matches;
            }))!;
            try
            {
                return lazy.Value;
            }
            catch
            {
                // A read that failed (a segment closed under it, a damaged file) is not remembered as failing: the next search reads again.
                Interlocked.CompareExchange(ref entry.Matches, null, lazy);
                throw;
            }
        }

        /// <summary>Forgets the phrases asked for longest ago, in any segment, until at most half the limit is held; never
        /// one asked for with or after the one being read (the searches under way). Matches of segments merged away are
        /// not counted from here on (to within the reads under way while it counts; the next trim counts again).</summary>
        private void Trim(Entry reading)
        {
            // One search trims; the others go on (they would forget the same phrases).
            if (!_trimming.TryEnter()) return;
            try
            {
                var asked = Volatile.Read(ref reading.LastAsked);
                var older = new List<(ConcurrentDictionary<string, Entry> Phrases, KeyValuePair<string, Entry> Phrase)>();
                long held = 0;
                foreach (var (_, phrases) in _bySegment)
                {
                    foreach (var phrase in phrases)
                    {
                        held += Math.Max(0, Volatile.Read(ref phrase.Value.Held));
                        if (Volatile.Read(ref phrase.Value.LastAsked) < asked) older.Add((phrases, phrase));
                    }
                }
                // The count is made again from the segments still open: those merged away left the table with their
                // matches still counted.
                Interlocked.Add(ref _count, held - Count);
                foreach (var (phrases, phrase) in older.OrderBy(p => Volatile.Read(ref p.Phrase.Value.LastAsked)))
                {
                    if (Count <= MaxRemembered / 2) break;
                    if (phrases.TryRemove(phrase)) Interlocked.Add(ref _count, -Math.Max(0, Interlocked.Exchange(ref phrase.Value.Held, long.MinValue / 2)));
                }
            }
            finally
            {
                _trimming.Exit();
            }
        }
    }

    /// <summary>The phrase, its boost on the wrapper: a one-clause boolean or dis-max query rewrites by copying its
    /// clause (this wrapper) with its own boost multiplied in, and the weight must see that product.</summary>
    private sealed class RememberedPhraseQuery : Query
    {
        private RememberedPhraseQuery(PhraseQuery inner, float boost)
        {
            Inner = inner;
            Boost = boost;
        }

        public static RememberedPhraseQuery Of(PhraseQuery phrase) => new(WithBoost(phrase, 1f), phrase.Boost);

        /// <summary>The phrase with a boost of 1.</summary>
        public PhraseQuery Inner { get; }

        public PhraseQuery Boosted => WithBoost(Inner, Boost);

        public override Weight CreateWeight(IndexSearcher searcher) => new RememberedPhraseWeight(this, searcher);

        public override Query Rewrite(IndexReader reader)
        {
            var boosted = Boosted;
            var rewritten = boosted.Rewrite(reader);
            return ReferenceEquals(rewritten, boosted) ? this : rewritten;
        }

        public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

        public override string ToString(string field) => Boosted.ToString(field);

        public override bool Equals(object? obj) => obj is RememberedPhraseQuery other && other.Boost == Boost && other.Inner.Equals(Inner);

        public override int GetHashCode() => HashCode.Combine(Inner, Boost);

        // Lucene's own rewrites copy a query this way to boost it; neither copy is changed after it is built.
        private static PhraseQuery WithBoost(PhraseQuery phrase, float boost)
        {
            var copy = (PhraseQuery)phrase.Clone();
            copy.Boost = boost;
            return copy;
        }
    }

    /// <summary>The phrase's weight as Lucene's <c>PhraseWeight</c> computes it (the same term statistics, the same
    /// similarity), scoring from remembered frequencies instead of positions.</summary>
    private sealed class RememberedPhraseWeight : Weight
    {
        private readonly RememberedPhraseQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly string _key;
        private readonly long _asked = s_remembered.Tick();
        private float _norm = 1f;
        private float _topLevelBoost = 1f;

        public RememberedPhraseWeight(RememberedPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _similarity = searcher.Similarity;
            var terms = query.Inner.GetTerms();
            var top = searcher.TopReaderContext;
            var termStats = terms.Select(t => searcher.TermStatistics(t, TermContext.Build(top, t))).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(terms[0].Field), termStats);
            // The phrase without its boost (copies weighted differently share one segment's matches), and the similarity
            // that discounts sloppy matches. Separated by a character no analysed term holds.
            _key = string.Join('\0', [_similarity.GetType().FullName, FormattableString.Invariant($"{query.Inner.Slop}"),
                .. terms.Zip(query.Inner.GetPositions(), (t, p) => FormattableString.Invariant($"{t.Field}\u0001{t.Text}\u0001{p}"))]);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _norm = norm;
            _topLevelBoost = topLevelBoost;
            _stats.Normalize(norm, topLevelBoost);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var inner = _query.Boosted.CreateWeight(_searcher);
            inner.GetValueForNormalization();
            inner.Normalize(_norm, _topLevelBoost);
            return inner.Explain(context, doc);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var matches = s_remembered.Get(context.AtomicReader, _key, _asked, () => Read(context.AtomicReader, _query.Inner, (TFIDFSimilarity)_similarity));
            return matches.Scorer ? new RememberedPhraseScorer(this, matches, acceptDocs, _similarity.GetSimScorer(_stats, context)) : null;
        }

        /// <summary>Every match of the phrase in one segment, deleted documents included, with the frequency Lucene's phrase
        /// scorer passes to the similarity (read by scoring with a similarity whose score is that frequency).</summary>
        private static Matches Read(AtomicReader segment, PhraseQuery unboosted, TFIDFSimilarity similarity)
        {
            var searcher = new IndexSearcher(segment) { Similarity = new FrequencyAsScore(similarity) };
            var scorer = searcher.CreateNormalizedWeight(unboosted).GetScorer(segment.AtomicContext, null);
            if (scorer is null) return Matches.None;
            var docs = new List<int>();
            var freqs = new List<float>();
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Add(doc);
                freqs.Add(scorer.GetScore());
            }
            return new Matches(true, scorer.GetCost(), [.. docs], [.. freqs]);
        }
    }

    private sealed class RememberedPhraseScorer(Weight weight, Matches matches, IBits? acceptDocs, Similarity.SimScorer score)
        : RememberedScorer(weight, matches.Docs, matches.Cost, acceptDocs)
    {
        public override int Freq => Math.Max(1, (int)matches.Freqs[Index]);

        public override float GetScore() => score.Score(matches.Docs[Index], matches.Freqs[Index]);
    }

    /// <summary>A similarity whose score is the phrase frequency itself, sloppy matches discounted by the index's own
    /// similarity: what the phrase scorer would hand to the real one.</summary>
    private sealed class FrequencyAsScore(TFIDFSimilarity real) : Similarity
    {
        public override long ComputeNorm(FieldInvertState state) => real.ComputeNorm(state);

        public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) => new NoWeight();

        public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) => new FrequencyScorer(real);

        public override float QueryNorm(float valueForNormalization) => 1f;

        private sealed class NoWeight : SimWeight
        {
            public override float GetValueForNormalization() => 1f;

            public override void Normalize(float queryNorm, float topLevelBoost)
            {
            }
        }

        private sealed class FrequencyScorer(TFIDFSimilarity real) : SimScorer
        {
            public override float Score(int doc, float freq) => freq;

            public override float ComputeSlopFactor(int distance) => real.SloppyFreq(distance);

            public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
        }
    }
}
