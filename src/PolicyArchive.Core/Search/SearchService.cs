using Lucene.Net.Search;

using PolicyArchive.Core.Search.Coherence;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Facets;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Core.Search.Similar;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Core.Search;

/// <summary>Runs a researcher's query against the index: parse (never throws), expand with the thesaurus, correct typos
/// from the index's terms, rank and count facets in one pass over the hits (a facet with a selection is counted once more,
/// so that its numbers are what its links give), then snippets for the page's hits only,
/// from the index's stored fields and the page's bodies, read from the store in one statement.</summary>
public sealed class SearchService(ArchiveIndex index, IDocumentBodies bodies, ThesaurusCache? thesaurus = null, CrossLanguageLexicon? lexicon = null, bool waitForLexicon = true,
    ResultCache? results = null)
{
    private static readonly HashSet<string> s_storedForHits = [IndexFields.Id, IndexFields.Slug, IndexFields.Title, IndexFields.Language, IndexFields.BodyFingerprint,
        IndexFields.HitAuthors, IndexFields.HitPublication, IndexFields.HitDate, IndexFields.HitKind, IndexFields.HitTags];

    private readonly ThesaurusCache _thesaurus = thesaurus ?? new ThesaurusCache(index);
    private readonly SnippetBuilder _snippets = new(index.Analyzers);
    private readonly ResultCache _results = results ?? new ResultCache(0);

    public ThesaurusCache Thesaurus => _thesaurus;

    /// <summary>Below this many hits, a query of several concepts is searched again accepting documents with only some.</summary>
    public const int FewHits = 5;

    /// <summary>The dictionaries queries are translated with (the lexicon shipped in the assembly unless one is given).
    /// Without <c>waitForLexicon</c>, searches in the first seconds after start, while it loads, are not translated.</summary>
    public CrossLanguageLexicon Lexicon => lexicon ?? (waitForLexicon ? CrossLanguageLexicon.Shared : CrossLanguageLexicon.SharedOrEmptyWhileLoading());

    public SearchResults Search(SearchRequest request)
    {
        var parsed = ResearcherQueryParser.Parse(request.Query);
        if (parsed.IsEmpty && !request.HasFacets)
        {
            var message = parsed.Messages.Count > 0
                ? string.Join(" ", parsed.Messages) + " " + SearchMessages.NothingLeft
                : SearchMessages.TypeWords;
            return SearchResults.Empty(request, message);
        }

        var page = request.SafePage;
        var pageSize = request.SafePageSize;
        var notices = new List<string>();
        if (request.Page > SearchRequest.MaxPage) notices.Add(SearchMessages.Format(SearchMessages.ResultsStop, SearchRequest.MaxPage));

        // Read once: the notice and whether results may be remembered must agree.
        var rebuilding = index.IsRebuilding;
        if (rebuilding) notices.Add(RebuildingNotice);
        try
        {
            using var lease = index.Acquire();
            // One thesaurus and one lexicon for the whole search, and the same ones the remembered results were built with.
            var thesaurusNow = _thesaurus.Current;
            var lexiconNow = Lexicon;
            SearchResults Ranked() => Run(lease.Searcher, thesaurusNow, lexiconNow, request, parsed, page, pageSize, notices);
            // While the index is rebuilt its results are incomplete: neither remembered nor answered from memory.
            return rebuilding ? Ranked() : _results.GetOrAdd(lease.Searcher.IndexReader, thesaurusNow, lexiconNow, request, Ranked);
        }
        catch (Exception ex) when (ArchiveIndex.IsIndexFailure(ex))
        {
            // A damaged or vanished index never fails a search: the indexer rebuilds it from the store.
            index.MarkDamaged(ex);
            return SearchResults.Empty(request, RebuildingNotice) with { IndexUnavailable = true };
        }
    }

    /// <summary>What searches say while the index is rebuilt from the store.</summary>
    public const string RebuildingNotice = SearchMessages.Rebuilding;

    private SearchResults Run(IndexSearcher searcher, ThesaurusExpander thesaurusNow, CrossLanguageLexicon lexiconNow, SearchRequest request, ParsedQuery parsed,
        int page, int pageSize, List<string> notices)
    {
        var builder = new LuceneQueryBuilder(index.Analyzers, thesaurusNow, lexiconNow);
        var built = builder.Build(parsed, new QueryOptions(request.ExpandThesaurus), searcher.IndexReader);
        notices.InsertRange(0, built.Messages);
        var facets = KnownFacets(request.Facets);
        var ranked = Remembered(built.Query, searcher);
        var query = FacetFilters.Apply(ranked, facets);

        var sort = request.Sort == SearchSort.Relevance && !built.HasText ? SearchSort.Newest : request.Sort;
        // Ranked by relevance, the first hits are read whole so that look-alikes among them can be moved down
        // (TopicCoherence); the page is cut from them after.
        var coherent = sort == SearchSort.Relevance;
        var found = coherent
            ? SlicedSearch.Run(searcher, query, null, 0, Math.Max(TopicCoherence.Depth, page * pageSize), IndexFields.FacetFields)
            : SlicedSearch.Run(searcher, query, SortFor(sort), (page - 1) * pageSize, pageSize, IndexFields.FacetFields);
        List<IReadOnlyList<ScoreDoc>> tiers = [found.Page];
        var fromTop = coherent;
        // The feed (LastChanged) follows what the results page finds, so it keeps the documents holding only some concepts.
        if (found.TotalHits < FewHits && built.Concepts > 1 && built.Expansions.Count > 0 && sort is SearchSort.Relevance or SearchSort.LastChanged)
        {
            // Too few documents hold every concept: those holding half of them follow, ranked below, then, if still too
            // few, those holding one (no one is left with an empty page because one of four words is said in words no
            // dictionary gives). Only for expanded queries, where a concept may be missed so; words searched as typed
            // stay all required.
            var passTiers = new List<IReadOnlyList<ScoreDoc>>();
            SearchQuery? relaxed = null;
            Query? relaxedRanked = null;
            SlicedSearchResult? more = null;
            foreach (var least in new[] { Math.Max(1, built.Concepts / 2), 1 }.Distinct())
            {
                relaxed = builder.Build(parsed, new QueryOptions(request.ExpandThesaurus, RelaxedTo: least), searcher.IndexReader);
                relaxedRanked = Remembered(relaxed.Query, searcher);
                // Deep enough that the reordered first hits are the same whichever page is asked (the strict hits,
                // fewer than FewHits, are among each pass's).
                more = SlicedSearch.Run(searcher, FacetFilters.Apply(relaxedRanked, facets), SortFor(sort), 0,
                    (coherent ? Math.Max(TopicCoherence.Depth, page * pageSize) : page * pageSize) + FewHits, IndexFields.FacetFields);
                passTiers.Add(more.Page);
                if (more.TotalHits >= FewHits) break;
            }
            if (relaxed is not null && relaxedRanked is not null && more is not null && more.TotalHits > found.TotalHits)
            {
                notices.Add(found.TotalHits == 0 ? SearchMessages.NoneHoldEvery : SearchMessages.FewHoldEvery);
                // The documents holding every concept keep their places at the top, then each pass's in its own order.
                var strict = page == 1 || coherent ? found.Page : SlicedSearch.Run(searcher, query, SortFor(sort), 0, FewHits, IndexFields.FacetFields).Page;
                tiers = Distinct([strict, .. passTiers]);
                fromTop = true;
                built = relaxed with { Expansions = built.Expansions.Count >= relaxed.Expansions.Count ? built.Expansions : relaxed.Expansions };
                ranked = relaxedRanked;
                found = more;
            }
        }

        // Each tier keeps its place (every concept, then half, then one); within one, look-alikes move down.
        var ordered = coherent ? TopicCoherence.Rerank(searcher.IndexReader, tiers) : tiers.SelectMany(t => t).ToList();
        var pageHits = fromTop ? ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList() : ordered;
        var shown = pageHits.Select(scoreDoc => (ScoreDoc: scoreDoc, Stored: searcher.Doc(scoreDoc.Doc, s_storedForHits))).ToList();
        var heard = new List<(string Key, string Word)>();
        var hits = request.WithSnippets ? WithExtracts(searcher, built.Query, shown, notices, heard) : shown.Select(s => Hit(s.ScoreDoc, s.Stored, [])).ToList();

        var total = found.TotalHits;
        var offerCorrection = built.Corrections.Any(c => c.Applied) || total < 3;
        return new SearchResults(total, hits, page, pageSize)
        {
            Notices = notices,
            Facets = FacetCounts(searcher, ranked, facets, found),
            // The timeline draws the result set itself: its bars count the hits, every selection applied.
            DateCounts = found.Facets.Results(facets, int.MaxValue).Where(f => f.Field is IndexFields.Year or IndexFields.Month).ToList(),
            Expansions = [.. built.Expansions, .. SoundExpansions(built.Sounds, heard)],
            Corrections = built.Corrections,
            DidYouMean = offerCorrection ? built.DidYouMean : null,
            Sort = sort,
            ExpandThesaurus = request.ExpandThesaurus,
        };
    }

    /// <summary>The page's hits with their extracts, cut from the bodies the store holds (read in one statement); the
    /// names found by their sound go to <paramref name="heard"/>.</summary>
    private List<SearchHit> WithExtracts(IndexSearcher searcher, Query query, List<(ScoreDoc ScoreDoc, Lucene.Net.Documents.Document Stored)> shown,
        List<string> notices, List<(string Key, string Word)> heard)
    {
        var highlight = HighlightTerms.From(query);
        var vectorMatches = new TermVectorMatches(index.Analyzers, highlight);
        var bodies = ReadBodies(shown.Select(s => s.Stored.Get(IndexFields.Id)).ToList(), notices);
        return shown.Select(s =>
        {
            var (scoreDoc, doc) = s;
            var body = bodies.GetValueOrDefault(doc.Get(IndexFields.Id)) ?? "";
            var fragments = highlight.IsEmpty ? 1 : 2;
            // The vector's offsets are into the body indexed; a body edited since is marked by analysing it.
            var matches = IsIndexedBody(doc, body) ? vectorMatches.Find(searcher.IndexReader, scoreDoc.Doc) : null;
            var sounds = SoundMatches.Find(body, highlight);
            foreach (var sound in sounds) heard.Add((sound.Term, body[sound.Start..sound.End]));
            var snippet = matches is null ? _snippets.Build(body, highlight, fragments) : SnippetBuilder.Build(body, [.. matches, .. sounds], fragments);
            return Hit(scoreDoc, doc, snippet.Segments);
        }).ToList();
    }

    private static SearchHit Hit(ScoreDoc scoreDoc, Lucene.Net.Documents.Document doc, IReadOnlyList<SnippetSegment> snippet) =>
        new(doc.Get(IndexFields.Id), doc.Get(IndexFields.Slug) ?? "", doc.Get(IndexFields.Title) ?? "",
            doc.Get(IndexFields.Language) ?? "und", float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score, snippet)
        {
            Authors = doc.GetValues(IndexFields.HitAuthors),
            Publication = doc.Get(IndexFields.HitPublication),
            Date = Documents.PartialDate.TryParseIso(doc.Get(IndexFields.HitDate), out var date) ? date : default,
            Kind = doc.Get(IndexFields.HitKind) ?? Documents.SourceKinds.Text,
            Tags = doc.GetValues(IndexFields.HitTags),
        };

    /// <summary>"Also searched" for the words typed that found names by their sound: the names the page's hits hold, so a
    /// researcher sees why a text in another script is there (nothing when no hit shown holds one).</summary>
    private static IEnumerable<ThesaurusExpansion> SoundExpansions(IReadOnlyDictionary<string, string> typedByKey, List<(string Key, string Word)> heard) =>
        heard.Where(h => typedByKey.ContainsKey(h.Key))
            .GroupBy(h => typedByKey[h.Key], StringComparer.Ordinal)
            .Select(g => new ThesaurusExpansion(g.Key, ThesaurusExpansion.SoundAlikeKey, ThesaurusExpansion.SoundAlikeLabel,
                g.Select(h => h.Word).Distinct(StringComparer.Ordinal).Take(5).ToList(), ExpansionSource.Sound));

    /// <summary>Facet counts as their links find: a value's link narrows by another field (AND), counted in the ranking pass
    /// over the results, or adds a value of a field that has a selection (OR), which shows the results' total plus the
    /// documents holding it that they lack, counted in one more pass per field with a selection (none for a search
    /// without one, so a plain search costs what it did). A selected value, whose link removes it, shows how many of
    /// the current results hold it.</summary>
    private static IReadOnlyList<FacetResult> FacetCounts(IndexSearcher searcher, Query query, IReadOnlyDictionary<string, IReadOnlyList<string>>? facets,
        SlicedSearchResult found) =>
        found.Facets.Results(facets).Select(f => facets is null || !facets.TryGetValue(f.Field, out var chosen) ? f
            : found.Facets.Widened(f.Field, chosen, found.TotalHits,
                SlicedSearch.CountFacets(searcher, FacetFilters.Outside(query, facets, f.Field), [f.Field]))).ToList();

    /// <summary>The query as it is ranked: phrases and concepts read from what earlier searches of this view of the index
    /// remember (<see cref="PhraseMatches"/>, <see cref="ConceptScores"/>); the query as built stays the one snippets mark.</summary>
    private static Query Remembered(Query query, IndexSearcher searcher) => ConceptScores.Apply(PhraseMatches.Apply(query, searcher));

    /// <summary>Documents like <paramref name="publicId"/>, in any language the thesaurus links; empty for an unknown id.</summary>
    public IReadOnlyList<SimilarDocument> MoreLikeThis(string publicId, int max = 5)
    {
        using var lease = index.Acquire();
        var thesaurusNow = _thesaurus.Current;
        var finder = new MoreLikeThisFinder(index.Analyzers, thesaurusNow, new LuceneQueryBuilder(index.Analyzers, thesaurusNow), bodies);
        return finder.Find(lease.Searcher, publicId, max);
    }

    /// <summary>The whole <paramref name="text"/> with the words <paramref name="query"/> would match highlighted
    /// (the document page opened from a result).</summary>
    public IReadOnlyList<SnippetSegment> Highlight(string text, string? query, bool expandThesaurus = true) =>
        Highlight([text], query, expandThesaurus)[0];

    /// <summary>Marks the query's words in several texts (the text nodes of a page), parsing and building the query once.</summary>
    public IReadOnlyList<IReadOnlyList<SnippetSegment>> Highlight(IReadOnlyList<string> texts, string? query, bool expandThesaurus = true)
    {
        var parsed = ResearcherQueryParser.Parse(query);
        if (parsed.IsEmpty) return texts.Select(t => (IReadOnlyList<SnippetSegment>)[new SnippetSegment(t, false)]).ToList();
        using var lease = index.Acquire();
        var built = new LuceneQueryBuilder(index.Analyzers, _thesaurus.Current, Lexicon)
            .Build(parsed, new QueryOptions(expandThesaurus), lease.Searcher.IndexReader);
        var terms = HighlightTerms.From(built.Query);
        return texts.Select(t => _snippets.HighlightAll(t, terms)).ToList();
    }

    private IReadOnlyDictionary<string, string> ReadBodies(IReadOnlyCollection<string> publicIds, List<string> notices)
    {
        try
        {
            return bodies.Find(publicIds);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The hits come from the index; a store that cannot be read for a moment costs their snippets, not the search.
            notices.Add(StoreUnavailableNotice);
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }

    /// <summary>What a search says when the page's texts could not be read from the store.</summary>
    public const string StoreUnavailableNotice = SearchMessages.StoreUnavailable;

    private static bool IsIndexedBody(Lucene.Net.Documents.Document stored, string body) =>
        body.Length > 0 && stored.GetField(IndexFields.BodyFingerprint)?.GetInt64Value() == BodyFingerprint.Of(body);

    /// <summary>Each hit in the first tier that holds it only.</summary>
    private static List<IReadOnlyList<ScoreDoc>> Distinct(List<IReadOnlyList<ScoreDoc>> tiers)
    {
        var seen = new HashSet<int>();
        return tiers.Select(t => (IReadOnlyList<ScoreDoc>)t.Where(d => seen.Add(d.Doc)).ToList()).ToList();
    }

    private static Sort? SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(new SortField(IndexFields.DateSortOldestFirst, SortFieldType.INT64, false), SortField.FIELD_SCORE),
        SearchSort.LastChanged => new Sort(new SortField(IndexFields.UpdatedTicks, SortFieldType.INT64, true), SortField.FIELD_SCORE),
        _ => null,
    };

    // Facet names arrive from a URL: only the index's facet fields are honoured.
    private static Dictionary<string, IReadOnlyList<string>>? KnownFacets(IReadOnlyDictionary<string, IReadOnlyList<string>>? facets) =>
        facets?.Where(kv => IndexFields.FacetFields.Contains(kv.Key) && kv.Value.Count > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}
