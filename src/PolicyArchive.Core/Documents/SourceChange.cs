namespace PolicyArchive.Core.Documents;

/// <summary>A change of a document's source (its file, or its curation entry) that ingestion did not apply because an
/// editor had revised the document since the last ingestion. The source's new version is kept here so editors can see the
/// difference and bring in what they want; the flag stays until an editor marks it seen. A change already recorded (same
/// <see cref="SourceKey"/>) is not recorded again at the next start.</summary>
public sealed class SourceChange
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DateTime DetectedAt { get; set; }

    /// <summary>Who ingested: "seed", "import" or the importing user.</summary>
    public string DetectedBy { get; set; } = "";

    /// <summary>Hash of the source bytes and the curation entry together: what identifies this version of the source.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>SHA-256 of the source file's bytes in this version.</summary>
    public string ContentSha256 { get; set; } = "";

    /// <summary>What the source now gives, as a revision would hold it.</summary>
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";
    public string MetadataJson { get; set; } = "{}";

    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
}
