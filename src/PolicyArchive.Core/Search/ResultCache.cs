using System.Collections.Concurrent;

using Lucene.Net.Index;

using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search;

/// <summary>Results already worked out for the index as it is now: the same search asked again (the next page and back,
/// a facet ticked and unticked, a saved search's feed polled by its readers) is answered without ranking again. The
/// results belong to one view of the index, one thesaurus and one set of dictionaries: when the indexer publishes a
/// change (the index follows the store), an editor changes the thesaurus or the dictionaries finish loading, every
/// remembered result is dropped at once, as a search engine's result cache is dropped with its searcher. Results that
/// say something was missing (the index rebuilding, texts unreadable) are not kept.</summary>
public sealed class ResultCache(int capacity)
{
    /// <summary>How many searches are remembered when the configuration says nothing (0 turns the cache off). A page of
    /// results is a few kilobytes: 500 of them are a few megabytes.</summary>
    public const int DefaultCapacity = 500;

    private Generation? _current;

    public bool Enabled => capacity > 0;

    /// <summary>The remembered results of <paramref name="request"/> on this view of the index, or those <paramref
    /// name="search"/> gives (remembered when complete).</summary>
    public SearchResults GetOrAdd(IndexReader reader, ThesaurusExpander thesaurus, CrossLanguageLexicon lexicon, SearchRequest request, Func<SearchResults> search)
    {
        if (!Enabled) return search();
        var generation = _current;
        if (generation is null || !generation.IsFor(reader, thesaurus, lexicon))
        {
            generation = new Generation(reader, thesaurus, lexicon);
            _current = generation;
        }
        var key = Key.Of(request);
        if (generation.Entries.TryGetValue(key, out var known)) return known;
        var results = search();
        if (!IsComplete(results)) return results;
        if (generation.Entries.Count >= capacity) generation.Entries.Clear();
        generation.Entries[key] = results;
        return results;
    }

    private static bool IsComplete(SearchResults results) =>
        !results.IndexUnavailable && !results.Notices.Contains(SearchService.RebuildingNotice) && !results.Notices.Contains(SearchService.StoreUnavailableNotice);

    private sealed class Generation(IndexReader reader, ThesaurusExpander thesaurus, CrossLanguageLexicon lexicon)
    {
        public ConcurrentDictionary<Key, SearchResults> Entries { get; } = new();

        public bool IsFor(IndexReader r, ThesaurusExpander t, CrossLanguageLexicon l) =>
            ReferenceEquals(reader, r) && ReferenceEquals(thesaurus, t) && ReferenceEquals(lexicon, l);
    }

    /// <summary>A request as a value: its facets (a dictionary, compared by reference in the record) in a fixed order.</summary>
    private sealed record Key(string? Query, int Page, int PageSize, SearchSort Sort, bool Expand, string Facets)
    {
        public static Key Of(SearchRequest r) => new(r.Query, r.Page, r.PageSize, r.Sort, r.ExpandThesaurus,
            r.Facets is null ? "" : string.Join('\u001f', r.Facets.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + '\u001e' + string.Join('\u001d', kv.Value.Order(StringComparer.Ordinal)))));
    }
}
