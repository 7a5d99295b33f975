using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search;

/// <summary>The index's MinHash bands held in memory for a bulk import: candidates for every new text are one
/// dictionary probe per band instead of one index query per document (which grows with the segments). Seeded once
/// from the index, then fed with what the import adds. A stale entry (a text since changed or unpublished) only costs
/// the exact comparison that follows, which rejects it.</summary>
public sealed class NearDuplicateBandMap
{
    private readonly Dictionary<ulong, int> _first = [];
    private readonly Dictionary<ulong, List<int>> _more = [];
    private readonly List<string> _publicIds = [];
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public int Count => _publicIds.Count;

    /// <summary>Every published document's bands, read once from the index's band terms.</summary>
    public static NearDuplicateBandMap FromIndex(ArchiveIndex index)
    {
        var map = new NearDuplicateBandMap();
        using var lease = index.Acquire();
        var idOnly = new HashSet<string> { IndexFields.Id };
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(IndexFields.NearDuplicateBands);
            if (terms is null) continue;
            var ordinals = new int[reader.MaxDoc];
            Array.Fill(ordinals, -1);
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var key = Key(termsEnum.Term.Utf8ToString());
                docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (ordinals[doc] < 0) ordinals[doc] = map.Ordinal(reader.Document(doc, idOnly).Get(IndexFields.Id));
                    map.Add(key, ordinals[doc]);
                }
            }
        }
        return map;
    }

    public void Add(string publicId, IReadOnlyList<string> bands)
    {
        var ordinal = Ordinal(publicId);
        foreach (var band in bands) Add(Key(band), ordinal);
    }

    /// <summary>Documents sharing at least one band with <paramref name="bands"/>, most shared first (then the earliest
    /// added), as the index's band query ranks them.</summary>
    public IReadOnlyList<string> Find(IReadOnlyList<string> bands, string exceptPublicId, int max = 10)
    {
        var shared = new Dictionary<int, int>();
        foreach (var band in bands)
        {
            var key = Key(band);
            if (!_first.TryGetValue(key, out var first)) continue;
            shared[first] = shared.GetValueOrDefault(first) + 1;
            if (_more.TryGetValue(key, out var more))
                foreach (var o in more) shared[o] = shared.GetValueOrDefault(o) + 1;
        }
        if (shared.Count == 0) return [];
        return shared
            .Where(p => _publicIds[p.Key] != exceptPublicId)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Take(max)
            .Select(p => _publicIds[p.Key])
            .ToList();
    }

    private int Ordinal(string publicId)
    {
        if (_ordinals.TryGetValue(publicId, out var ordinal)) return ordinal;
        _ordinals[publicId] = ordinal = _publicIds.Count;
        _publicIds.Add(publicId);
        return ordinal;
    }

    private void Add(ulong key, int ordinal)
    {
        if (!_first.TryAdd(key, ordinal))
        {
            if (_first[key] == ordinal) return;
            if (!_more.TryGetValue(key, out var more)) _more[key] = more = [];
            if (!more.Contains(ordinal)) more.Add(ordinal);
        }
    }

    // A band key is the band's number (2 hex digits) and its hash (16); one 64-bit number keeps the map small.
    // Two keys folding to the same number would only add a candidate, which the exact comparison then rejects.
    private static ulong Key(string band) =>
        band.Length == 18
        && byte.TryParse(band.AsSpan(0, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number)
        && ulong.TryParse(band.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash)
            ? unchecked(hash + (number * 0x9E3779B97F4A7C15UL))
            : unchecked((ulong)band.GetHashCode(StringComparison.Ordinal));
}
