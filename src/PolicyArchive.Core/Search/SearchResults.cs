namespace PolicyArchive.Core.Search;

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, int Page, int PageSize)
{
    /// <summary>A plain explanation when the query could not be read or was empty; null otherwise.</summary>
    public string? Message { get; init; }

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResults Empty(SearchRequest r, string? message) => new(0, [], r.SafePage, r.SafePageSize) { Message = message };
}

public sealed record SearchHit(string PublicId, string Slug, string Title, string Language, float Score, IReadOnlyList<SnippetSegment> Snippet)
{
    public string SnippetText => string.Concat(Snippet.Select(s => s.Text));
}

/// <summary>A piece of a snippet; the web layer HTML-encodes the text and wraps highlighted pieces in &lt;mark&gt;.</summary>
public sealed record SnippetSegment(string Text, bool Highlighted);
