using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>The cleaner's output: the body and, from the lines it took out, the metadata those lines carried.</summary>
public sealed record CleanedText
{
    public required string Body { get; init; }
    public IReadOnlyList<RemovedText> Removals { get; init; } = [];
    public string? TitleLine { get; init; }
    public string? CoverArtTitle { get; init; }
    public IReadOnlyList<string> BylineNames { get; init; } = [];
    public PartialDate BylineDate { get; init; }
    public string? SourceUrl { get; init; }
}
