namespace PolicyArchive.Core.Ingestion;

/// <summary>One thing to ingest: the raw bytes and where they came from.</summary>
/// <param name="Origin">Stable key of the source: the seed's path relative to the seeds folder, an import path, or null for a paste.</param>
/// <param name="Actor">Who ingests: a user name, "seed" or "import".</param>
/// <param name="Curation">What an editor wrote about this source in a curation file; it wins over extracted values.</param>
public sealed record SourceInput(byte[] Content, string? FileName, string? Origin, string Actor, CurationEntry? Curation = null);

public enum IngestOutcome { Added, Updated, Unchanged, Rejected }

public sealed record IngestResult(IngestOutcome Outcome, string? FileName, string? PublicId, string? Reason)
{
    /// <summary>Documents this one resembles closely enough to be flagged to editors (never merged).</summary>
    public IReadOnlyList<string> NearDuplicatesOf { get; init; } = [];

    public static IngestResult Rejected(string? fileName, string reason) => new(IngestOutcome.Rejected, fileName, null, reason);
}
