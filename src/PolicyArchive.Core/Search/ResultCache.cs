using System.Collections.Concurrent;

using Lucene.Net.Index;

using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search;

/// <summary>Results already worked out for the index as it is now: the same search asked again (the next page and back,
/// a facet ticked and unticked, a saved search's feed polled by its readers) is answered without ranking again. The
/// results belong to one view of the index, one thesaurus and one set of dictionaries: when the indexer publishes a
/// change (the index follows the store), an editor changes the thesaurus or the dictionaries finish loading, every
/// remembered result is dropped, as a search engine's result cache is dropped with its searcher; the view's reader
/// closing releases them at once. Results missing their texts (the store unreadable for a moment) are not kept, and a
/// rebuilding index's are never asked of it.</summary>
/// <param name="capacity">Hits remembered in all (a page of ten hits with their extracts and facets is tens of
/// kilobytes; a page of a hundred, which the feed and the export ask for, up to about a megabyte), so that pages of many
/// hits fill it sooner than pages of ten; 0 turns the cache off. When full it is emptied rather than ordered by use: the
/// searches people repeat fill it again.</param>
public sealed class ResultCache(int capacity)
{
    /// <summary>Hits remembered when the configuration says nothing: two hundred pages of ten, a few megabytes.</summary>
    public const int DefaultCapacity = 2_000;

    private Generation? _current;

    public bool Enabled => capacity > 0;

    /// <summary>Searches remembered now.</summary>
    internal int Count => _current?.Entries.Count ?? 0;

    /// <summary>The remembered results of <paramref name="request"/> on this view of the index, or those <paramref
    /// name="search"/> gives (remembered when complete).</summary>
    public SearchResults GetOrAdd(IndexReader reader, ThesaurusExpander thesaurus, CrossLanguageLexicon lexicon, SearchRequest request, Func<SearchResults> search)
    {
        if (!Enabled) return search();
        var generation = _current;
        if (generation is null || !generation.IsFor(reader, thesaurus, lexicon))
        {
            generation = new Generation(this, reader, thesaurus, lexicon);
            // The replaced view's reader may live on (a thesaurus edit keeps it) and holds its listener: empty it now.
            Interlocked.Exchange(ref _current, generation)?.Entries.Clear();
        }
        var key = Key.Of(request);
        if (generation.Entries.TryGetValue(key, out var known)) return known;
        var results = search();
        // The one way a ranked search comes back incomplete: the store could not give the page's texts. (A rebuilding or
        // unreadable index never reaches here: SearchService answers those without the cache.)
        if (results.Notices.Contains(SearchService.StoreUnavailableNotice)) return results;
        var weight = Math.Max(1, results.Hits.Count);
        if (Interlocked.Add(ref generation.Weight, weight) > capacity)
        {
            generation.Entries.Clear();
            Interlocked.Exchange(ref generation.Weight, weight);
        }
        generation.Entries[key] = results;
        return results;
    }

    private void Forget(Generation closed) => Interlocked.CompareExchange(ref _current, null, closed);

    private sealed class Generation : IReaderDisposedListener
    {
        private readonly ResultCache _owner;
        private readonly IndexReader _reader;
        private readonly ThesaurusExpander _thesaurus;
        private readonly CrossLanguageLexicon _lexicon;

        public Generation(ResultCache owner, IndexReader reader, ThesaurusExpander thesaurus, CrossLanguageLexicon lexicon)
        {
            (_owner, _reader, _thesaurus, _lexicon) = (owner, reader, thesaurus, lexicon);
            // A replaced reader is closed once the last search holding it ends: its results, and what they keep alive
            // through it, go then rather than at the next search.
            reader.AddReaderDisposedListener(this);
        }

        public ConcurrentDictionary<Key, SearchResults> Entries { get; } = new();

        public int Weight;

        public bool IsFor(IndexReader reader, ThesaurusExpander thesaurus, CrossLanguageLexicon lexicon) =>
            ReferenceEquals(_reader, reader) && ReferenceEquals(_thesaurus, thesaurus) && ReferenceEquals(_lexicon, lexicon);

        public void OnDispose(IndexReader reader)
        {
            Entries.Clear();
            _owner.Forget(this);
        }
    }

    /// <summary>A request as a value, as the search reads it: the page and size it is clamped to (a page past the last
    /// one allowed says so), and its facet fields in a fixed order (each field's values as asked: the facet list shows
    /// selected values in that order).</summary>
    private sealed record Key(string? Query, int Page, int PageSize, bool PastLastPage, SearchSort Sort, bool Expand, string Facets, bool Snippets)
    {
        public static Key Of(SearchRequest r) => new(r.Query, r.SafePage, r.SafePageSize, r.Page > SearchRequest.MaxPage, r.Sort, r.ExpandThesaurus,
            r.Facets is null ? "" : string.Join('\u001f', r.Facets.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + '\u001e' + string.Join('\u001d', kv.Value))), r.WithSnippets);
    }
}
