using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Facets;
using PolicyArchive.Core.Search.QueryLanguage;

namespace PolicyArchive.Core.Search;

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, int Page, int PageSize)
{
    /// <summary>A plain explanation when the query could not be read or was empty (no results are shown); null otherwise.</summary>
    public string? Message { get; init; }

    /// <summary>Notes about how the query was read (a missing quote, an unknown language, an ignored filter), shown above results.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>True when the index could not be read and is being rebuilt: the empty result says nothing about the archive.</summary>
    public bool IndexUnavailable { get; init; }

    /// <summary>True when the query itself was refused (<see cref="Message"/> says why), not the index unable to answer:
    /// a feed of it is a mistake in its address, and a saved search of it no search.</summary>
    public bool QueryRefused => Message is not null && !IndexUnavailable;

    /// <summary>Facet counts over all hits, in IndexFields.FacetFields order.</summary>
    public IReadOnlyList<FacetResult> Facets { get; init; } = [];

    /// <summary>"Also searched": each thesaurus concept a word or phrase of the query was widened to.</summary>
    public IReadOnlyList<ThesaurusExpansion> Expansions { get; init; } = [];

    /// <summary>Words that matched nothing and were also searched as their nearest indexed spelling (Applied), or that
    /// matched little while a close spelling is common (not applied, offered only).</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>The query with its corrections, in the query language, to offer as a link; null when nothing to suggest.</summary>
    public string? DidYouMean { get; init; }

    public SearchSort Sort { get; init; }

    /// <summary>Every year and month count of the whole result set (not cut to the facet list's length), for the timeline.</summary>
    public IReadOnlyList<FacetResult> DateCounts { get; init; } = [];

    public bool ExpandThesaurus { get; init; } = true;

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResults Empty(SearchRequest r, string? message) => new(0, [], r.SafePage, r.SafePageSize) { Message = message };
}

public sealed record SearchHit(string PublicId, string Slug, string Title, string Language, float Score, IReadOnlyList<SnippetSegment> Snippet)
{
    public string SnippetText => string.Concat(Snippet.Select(s => s.Text));

    /// <summary>Authors in the source's order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The outlet, when the source names one.</summary>
    public string? Publication { get; init; }

    public Documents.PartialDate Date { get; init; }

    /// <summary>One of <see cref="Documents.SourceKinds"/>.</summary>
    public string Kind { get; init; } = Documents.SourceKinds.Text;

    /// <summary>Tag names (the facet values; the page shows each tag's label in the reader's language).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A piece of a snippet; the web layer HTML-encodes the text and wraps highlighted pieces in &lt;mark&gt;.</summary>
public sealed record SnippetSegment(string Text, bool Highlighted);
