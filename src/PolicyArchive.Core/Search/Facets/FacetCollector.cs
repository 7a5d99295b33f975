using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.Facets;

public sealed record FacetValue(string Value, int Count, bool Selected);

public sealed record FacetResult(string Field, IReadOnlyList<FacetValue> Values);

/// <summary>Counts the values of sorted-set doc value fields over every hit of a search, in the same pass that ranks them
/// (wrap it with the top-docs collector in a MultiCollector). Counts are kept per segment ordinal and turned into
/// strings once per segment, so the cost per hit is an array increment.</summary>
public sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private SortedSetDocValues?[] _values = [];
    private FieldOrdinals?[] _ordinals = [];
    private int[][] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        // The doc values stay for turning the counted ordinals into strings, once per segment.
        _values = fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f)).ToArray();
        _ordinals = fields.Select(f => SegmentFacetOrdinals.For(context.AtomicReader, f)).ToArray();
        _counts = _ordinals.Select(o => o is null ? [] : new int[o.ValueCount]).ToArray();
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _ordinals.Length; f++)
        {
            var ordinals = _ordinals[f];
            if (ordinals is null) continue;
            var counts = _counts[f];
            var ords = ordinals.Ords;
            for (int i = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; i < end; i++) counts[ords[i]]++;
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/>, which counted other segments of the same search.</summary>
    public void Add(FacetCollector other)
    {
        other.FlushSegment();
        foreach (var (field, counts) in other._totals)
        {
            var totals = _totals[field];
            foreach (var (value, count) in counts) totals[value] = totals.GetValueOrDefault(value) + count;
        }
    }

    /// <summary>Counts per field, most frequent first; selected values are always listed so they can be unselected.</summary>
    public IReadOnlyList<FacetResult> Results(IReadOnlyDictionary<string, IReadOnlyList<string>>? selected = null, int maxValues = 20)
    {
        FlushSegment();
        return fields.Select(field => Result(field, _totals[field], selected is not null && selected.TryGetValue(field, out var s) ? s : [], maxValues)).ToList();
    }

    /// <summary>The counts of <paramref name="field"/>, which has the values <paramref name="chosen"/> selected, as its links
    /// give them, this collector having counted the current results (<paramref name="total"/> hits). Values of one field
    /// widen: another value's link adds the documents holding it to the current results, so it shows their total plus
    /// those documents the results lack, which <paramref name="outside"/> counted (the search with every other field's
    /// selection and none of this field's values: <see cref="FacetFilters.Outside"/>). A selected value's link removes
    /// it; it shows how many of the current results hold it.</summary>
    public FacetResult Widened(string field, IReadOnlyList<string> chosen, int total, FacetCollector outside, int maxValues = 20)
    {
        FlushSegment();
        outside.FlushSegment();
        var counts = _totals[field].ToDictionary(kv => kv.Key, kv => chosen.Contains(kv.Key) ? kv.Value : total, StringComparer.Ordinal);
        // No document counted outside holds a selected value.
        foreach (var (value, count) in outside._totals[field]) counts[value] = total + count;
        return Result(field, counts, chosen, maxValues);
    }

    private static FacetResult Result(string field, Dictionary<string, int> counts, IReadOnlyList<string> chosen, int maxValues)
    {
        var values = counts
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(maxValues)
            .Select(kv => new FacetValue(kv.Key, kv.Value, chosen.Contains(kv.Key)))
            .ToList();
        foreach (var missing in chosen.Where(c => values.All(v => v.Value != c)))
            values.Add(new FacetValue(missing, counts.GetValueOrDefault(missing), true));
        return new FacetResult(field, values);
    }

    private void FlushSegment()
    {
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            if (values is null) continue;
            var totals = _totals[fields[f]];
            var counts = _counts[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var bytes = new Lucene.Net.Util.BytesRef();
                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
        }
        _values = [];
        _ordinals = [];
        _counts = [];
    }
}
