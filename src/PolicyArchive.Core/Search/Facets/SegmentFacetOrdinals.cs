using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

using Lucene.Net.Index;

namespace PolicyArchive.Core.Search.Facets;

/// <summary>A segment's facet ordinals copied once into plain arrays: reading sorted-set doc values through the memory
/// map costs a bounds-checked call per value, which made facet counting about as expensive as ranking on a large index.
/// Cached per segment core (shared by every reader that opens the segment, dropped with it); a few bytes per value.</summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals> s_bySegment = [];

    private readonly ConcurrentDictionary<string, Lazy<FieldOrdinals?>> _fields = new(StringComparer.Ordinal);

    public static FieldOrdinals? For(AtomicReader reader, string field) =>
        s_bySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacetOrdinals())
            ._fields.GetOrAdd(field, f => new Lazy<FieldOrdinals?>(() => FieldOrdinals.Read(reader, f))).Value;
}

/// <summary>Document d's ordinals are <c>Ords[Starts[d]..Starts[d + 1]]</c>.</summary>
internal sealed class FieldOrdinals(int[] starts, int[] ords, int valueCount)
{
    public int[] Starts { get; } = starts;
    public int[] Ords { get; } = ords;
    public int ValueCount { get; } = valueCount;

    public static FieldOrdinals? Read(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null) return null;
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new int[Math.Max(16, maxDoc)];
        var count = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (count == ords.Length) Array.Resize(ref ords, ords.Length * 2);
                ords[count++] = (int)ord;
            }
        }
        starts[maxDoc] = count;
        Array.Resize(ref ords, count);
        return new FieldOrdinals(starts, ords, checked((int)values.ValueCount));
    }
}
