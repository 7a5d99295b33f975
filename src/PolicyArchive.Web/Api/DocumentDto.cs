using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Api;

/// <summary>A document as the JSON API gives it: every stored field.</summary>
public sealed record DocumentDto(
    string Id,
    string Slug,
    string Url,
    string Title,
    string? OriginalTitle,
    string Language,
    IReadOnlyList<string> Authors,
    string? Publication,
    string? PublishedDate,
    string DatePrecision,
    string? SourceUrl,
    DateTime? RetrievedAt,
    string? Origin,
    string ContentSha256,
    DateTime IngestedAt,
    DateTime UpdatedAt,
    int Revision,
    string Status,
    IReadOnlyList<string> Tags,
    IReadOnlyList<PassageDto> Passages,
    IReadOnlyList<ProvenanceDto> Provenance,
    string Body)
{
    public static DocumentDto From(Document d) => new(
        d.PublicId,
        d.Slug,
        DocumentUrls.Permalink(d),
        d.Title,
        d.OriginalTitle,
        d.Language,
        d.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
        d.Publication,
        d.PublishedDate.ToIso(),
        d.PublishedDate.Precision.ToString(),
        d.SourceUrl,
        d.RetrievedAt,
        d.Origin,
        d.ContentSha256,
        d.IngestedAt,
        d.UpdatedAt,
        d.RevisionNumber,
        d.Status.ToString(),
        d.Tags.Select(t => t.Tag.Name).Order(StringComparer.Ordinal).ToList(),
        d.Passages.OrderBy(p => p.Ordinal).Select(p => new PassageDto(p.Start, p.Length, p.Language)).ToList(),
        FieldProvenance.InOrder(d.Provenance).Select(p => new ProvenanceDto(p.Field, p.Source.ToString(), p.Value)).ToList(),
        d.Body);
}

public sealed record PassageDto(int Start, int Length, string Language);

public sealed record ProvenanceDto(string Field, string Source, string? Value);

public sealed record DocumentSummaryDto(string Id, string Title, string Url, string Language, string? PublishedDate, DateTime IngestedAt);

public sealed record PageDto<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>A search hit with who, where and when, as the results page shows it.</summary>
public sealed record SearchHitDto(string Id, string Title, string Url, string Language, string Snippet, float Score)
{
    /// <summary>Authors or speakers in the source's order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The outlet, when the source names one.</summary>
    public string? Publication { get; init; }

    /// <summary>The publication date with only the parts the source gives: 2025, 2025-05, 2025-05-09, or --05-09 for a day and month without a year.</summary>
    public string? PublishedDate { get; init; }

    /// <summary>Which parts of the date are known: None, Year, Month, Day or DayAndMonth.</summary>
    public string DatePrecision { get; init; } = nameof(Core.Documents.DatePrecision.None);

    /// <summary>The kind of source (essay, hearing, commentary...).</summary>
    public string Kind { get; init; } = "";

    public IReadOnlyList<string> Tags { get; init; } = [];
}

public sealed record SearchResponseDto(string? Query, int Total, int Page, int PageSize, string? Message, IReadOnlyList<SearchHitDto> Hits)
{
    public string Sort { get; init; } = "relevance";
    public IReadOnlyList<SearchFacetDto> Facets { get; init; } = [];
    public IReadOnlyList<AlsoSearchedDto> AlsoSearched { get; init; } = [];
    public string? DidYouMean { get; init; }
    public IReadOnlyList<string> Notices { get; init; } = [];
}

/// <summary>A facet over all hits: the field ("lang", "publication", "tag", "author", "year") and its values with counts.</summary>
public sealed record SearchFacetDto(string Field, IReadOnlyList<FacetValueCountDto> Values);

public sealed record FacetValueCountDto(string Value, int Count, bool Selected);

/// <param name="Source">"thesaurus" (the editors' concepts) or "dictionary" (the cross-language lexicon).</param>
public sealed record AlsoSearchedDto(string Matched, string Concept, IReadOnlyList<string> Terms, string Source = "thesaurus");
