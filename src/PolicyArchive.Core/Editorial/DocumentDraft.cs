using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>What an editor enters for a document, already validated by the form.</summary>
public sealed record DocumentDraft(
    string Title,
    string Body,
    string Language,
    IReadOnlyList<string> Authors,
    string? Publication,
    PartialDate PublishedDate,
    string? SourceUrl,
    IReadOnlyList<string> Tags,
    string? OriginalTitle = null,
    string? Notes = null);
