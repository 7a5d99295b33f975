using PolicyArchive.Core.Search;

namespace PolicyArchive.Tests.Search;

public sealed class BoundedCacheTests
{
    [Fact]
    public void An_answer_is_worked_out_once_and_the_cache_empties_when_full()
    {
        var computed = 0;
        var cache = new BoundedCache<string, int>(capacity: 2);
        int Length(string s) { computed++; return s.Length; }

        Assert.Equal(3, cache.GetOrAdd("abc", Length));
        Assert.Equal(3, cache.GetOrAdd("abc", Length));
        Assert.Equal(1, computed);

        cache.GetOrAdd("de", Length);
        Assert.Equal(2, cache.Count);
        Assert.Equal(4, cache.GetOrAdd("fghi", Length));
        Assert.Equal(1, cache.Count);
        Assert.Equal(3, cache.GetOrAdd("abc", Length));
        Assert.Equal(4, computed); // "abc" was forgotten when the cache emptied, so worked out again
    }
}
