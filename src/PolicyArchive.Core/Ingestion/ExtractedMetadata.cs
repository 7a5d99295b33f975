using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

public sealed record ExtractedMetadata
{
    public required string Title { get; init; }
    public string? OriginalTitle { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Publication { get; init; }
    public PartialDate PublishedDate { get; init; }
    public string? SourceUrl { get; init; }
}
