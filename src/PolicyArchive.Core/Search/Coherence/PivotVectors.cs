using System.Runtime.CompilerServices;

using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search.Coherence;

/// <summary>Documents' <see cref="PivotField"/> terms as tf-idf vectors of unit length, for <see cref="TopicCoherence"/>.
/// A document's terms and counts are read from its term vector once per segment (they never change there) and kept as
/// sorted 64-bit hashes, so comparing two documents is a merge of two arrays; how many documents hold each term is the
/// whole index's, asked once per view of the index.</summary>
public sealed class PivotVectors
{
    /// <summary>Documents whose terms are remembered per segment; past it the segment's are forgotten at
    /// once (<see cref="BoundedCache{TKey,TValue}"/>). The first hits of the searches asked again are a few thousand texts.</summary>
    private const int DocumentsPerSegment = 1024;

    /// <summary>Weighted vectors remembered per view of the index.</summary>
    private const int VectorsPerView = 4096;

    /// <summary>Terms whose document frequency a view remembers.</summary>
    private const int FrequenciesPerView = 262_144;

    // Keyed by the segment's core, whose documents' terms never change, and held weakly: a merged-away segment's go with it.
    private static readonly ConditionalWeakTable<object, BoundedCache<int, TermCounts>> s_bySegment = [];
    private static readonly ConditionalWeakTable<IndexReader, View> s_views = [];

    /// <summary>What one view of the index has worked out: how many documents hold each term, and the vectors asked for.</summary>
    private sealed class View
    {
        public BoundedCache<long, int> Frequencies { get; } = new(FrequenciesPerView);
        public BoundedCache<int, Vector> Vectors { get; } = new(VectorsPerView);
    }

    private readonly IndexReader _reader;
    private readonly BoundedCache<long, int> _frequencies;
    private readonly BoundedCache<int, Vector> _vectors;
    private readonly double _documents;

    public PivotVectors(IndexReader reader)
    {
        _reader = reader;
        var view = s_views.GetValue(reader, _ => new View());
        _frequencies = view.Frequencies;
        _vectors = view.Vectors;
        // Document frequencies count deleted documents until they are merged away: so does MaxDoc.
        _documents = Math.Max(1, reader.MaxDoc);
    }

    /// <summary>The document's vector: terms' hashes in ascending order and their weights, (1 + ln tf) × ln(N / df),
    /// of unit length; empty when it has no pivot terms.</summary>
    public Vector Of(int doc) => _vectors.GetOrAdd(doc, Read);

    private Vector Read(int doc)
    {
        var leaves = _reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var segment = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        var counts = s_bySegment.GetValue(segment.CoreCacheKey, _ => new BoundedCache<int, TermCounts>(DocumentsPerSegment))
            .GetOrAdd(local, d => TermCounts.Read(segment, d));
        var weights = new double[counts.Hashes.Length];
        double squares = 0;
        var weighted = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var df = _frequencies.GetOrAdd(counts.Hashes[i], _ => _reader.DocFreq(new Term(IndexFields.Pivot, counts.Terms[i])));
            if (df <= 0 || df >= _documents) continue;
            weights[i] = counts.LogFrequencies[i] * Math.Log(_documents / df);
            squares += weights[i] * weights[i];
            weighted++;
        }
        var length = Math.Sqrt(squares);
        if (length > 0)
            for (var i = 0; i < weights.Length; i++) weights[i] /= length;
        return new Vector(counts.Hashes, weights, weighted);
    }

    /// <summary><paramref name="Count"/>: the terms that weigh anything (held by some documents, not all).</summary>
    public readonly record struct Vector(long[] Hashes, double[] Weights, int Count)
    {
        /// <summary>The sum of <paramref name="vectors"/>, each times its weight (one merge, so that comparing a
        /// document with several is one product).</summary>
        public static Vector Sum(IReadOnlyList<(Vector Vector, double Weight)> vectors)
        {
            var hashes = new long[vectors.Sum(v => v.Vector.Hashes.Length)];
            var weights = new double[hashes.Length];
            var n = 0;
            foreach (var (vector, weight) in vectors)
                for (var i = 0; i < vector.Hashes.Length; i++)
                    if (vector.Weights[i] != 0) (hashes[n], weights[n++]) = (vector.Hashes[i], weight * vector.Weights[i]);
            Array.Sort(hashes, weights, 0, n);
            var kept = 0;
            for (var i = 0; i < n; i++)
            {
                if (kept > 0 && hashes[kept - 1] == hashes[i]) weights[kept - 1] += weights[i];
                else (hashes[kept], weights[kept++]) = (hashes[i], weights[i]);
            }
            return new Vector(hashes[..kept], weights[..kept], kept);
        }

        public double Cosine(Vector other)
        {
            double dot = 0;
            int i = 0, j = 0;
            while (i < Hashes.Length && j < other.Hashes.Length)
            {
                var c = Hashes[i].CompareTo(other.Hashes[j]);
                if (c == 0) dot += Weights[i++] * other.Weights[j++];
                else if (c < 0) i++;
                else j++;
            }
            return dot;
        }
    }

    /// <summary>One document's pivot terms as its segment holds them: hashes ascending, 1 + ln tf, and the terms (to ask
    /// a new view of the index how many documents hold a term).</summary>
    private sealed record TermCounts(long[] Hashes, double[] LogFrequencies, BytesRef[] Terms)
    {
        public static TermCounts Read(AtomicReader segment, int doc)
        {
            var found = new List<(long Hash, double LogFrequency, BytesRef Term)>();
            var e = segment.GetTermVector(doc, IndexFields.Pivot)?.GetEnumerator();
            while (e is not null && e.MoveNext())
                found.Add((Hash(e.Term), 1 + Math.Log(e.TotalTermFreq), BytesRef.DeepCopyOf(e.Term)));
            found.Sort((a, b) => a.Hash.CompareTo(b.Hash));
            return new([.. found.Select(f => f.Hash)], [.. found.Select(f => f.LogFrequency)], [.. found.Select(f => f.Term)]);
        }

        // FNV-1a: 64 bits make two terms of the whole vocabulary sharing a hash unlikely (about one chance in 10^8 at a
        // million terms), and a shared one would only count two words as one.
        private static long Hash(BytesRef term)
        {
            var hash = 14695981039346656037UL;
            for (var i = term.Offset; i < term.Offset + term.Length; i++) hash = (hash ^ term.Bytes[i]) * 1099511628211UL;
            return unchecked((long)hash);
        }
    }
}
