using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>A source text as read: bytes decoded, furniture removed, metadata found. Nothing is stored yet.</summary>
public sealed record ExtractedSource
{
    public required string Title { get; init; }

    /// <summary>The clean article text (Markdown; plain text is valid Markdown).</summary>
    public required string Body { get; init; }

    /// <summary>Language of the document as a whole (BCP-47: fr, en, zh, ja, ...; "und" when unknown).</summary>
    public required string Language { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Publication { get; init; }
    public PartialDate PublishedDate { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>Runs of the body by language, covering the whole body in order.</summary>
    public IReadOnlyList<PassageSpan> Passages { get; init; } = [];

    /// <summary>What was taken out of the input, in order, with the reason.</summary>
    public IReadOnlyList<RemovedText> Removals { get; init; } = [];

    /// <summary>Title of the original work when the text says it is a translation or full text of one.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>The format the input was read as, and the encoding its bytes were in (for logs and the editor's view).</summary>
    public SourceFormat Format { get; init; }

    public string? EncodingName { get; init; }
}

public sealed record PassageSpan(int Start, int Length, string Language);

public sealed record RemovedText(string Reason, string Text);
