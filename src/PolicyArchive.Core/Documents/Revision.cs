namespace PolicyArchive.Core.Documents;

/// <summary>A saved state of a document. Revisions are only ever added; the document row mirrors the latest.</summary>
public sealed class Revision
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>User name of the editor, or "ingestion" / "import" for automatic saves.</summary>
    public string CreatedBy { get; set; } = "";

    public string? Note { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The revision's text, or null while it is the document's current body, which the document's row holds: a
    /// body is stored once, not once more per revision (after an import every document has one revision, and the second
    /// copy was 40% of the store). When a save changes the document's body, the revisions that keep none are given the
    /// body they had in that same save (<see cref="RevisionBodies"/>); read one through <see cref="RevisionBodies"/> or with
    /// the document at hand.</summary>
    public string? Body { get; set; }
    public string ContentSha256 { get; set; } = "";

    /// <summary>The metadata of this revision as JSON (authors, publication, date, language, tags, source URL).</summary>
    public string MetadataJson { get; set; } = "{}";

    /// <summary>Short human summary of what changed ("title, body").</summary>
    public string? ChangeSummary { get; set; }
}
