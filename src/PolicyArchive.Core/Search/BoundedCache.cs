using System.Collections.Concurrent;

namespace PolicyArchive.Core.Search;

/// <summary>Answers worked out once and remembered, for work whose answer never changes while its owner lives (analysis
/// of a short text, a dictionary look-up, a reader's term counts). Emptied when full rather than ordered by use: the
/// words researchers type repeat, so the cache fills again with what matters, and no bookkeeping slows every hit.</summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    public int Count => _entries.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (_entries.TryGetValue(key, out var known)) return known;
        var value = compute(key);
        if (_entries.Count >= capacity) _entries.Clear();
        _entries.TryAdd(key, value);
        return value;
    }
}
