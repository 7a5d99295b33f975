namespace PolicyArchive.Core.Documents;

/// <summary>One archived source. The store is the source of truth; the search index is derived from it.</summary>
public sealed class Document
{
    public int Id { get; set; }

    /// <summary>Short id used in permalinks (/d/{PublicId}/{Slug}); assigned once, never changed.</summary>
    public string PublicId { get; set; } = "";

    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>Title in the original language when the document is a translation.</summary>
    public string? OriginalTitle { get; set; }

    /// <summary>The clean article text, as Markdown (plain text is valid Markdown).</summary>
    public string Body { get; set; } = "";

    /// <summary>BCP-47 language of the document as a whole ("fr", "en", "zh", "ja"); passages may differ.</summary>
    public string Language { get; set; } = "und";

    public string? Publication { get; set; }

    // A source often gives only day and month: the date is stored with its precision, never completed.
    public int? PublishedYear { get; set; }
    public int? PublishedMonth { get; set; }
    public int? PublishedDay { get; set; }

    public string? SourceUrl { get; set; }
    public DateTime? RetrievedAt { get; set; }

    /// <summary>Where the text came from: a seed file path, an uploaded file name, or "form".</summary>
    public string? Origin { get; set; }

    /// <summary>SHA-256 (hex) of the original input, before cleaning: the key that makes re-ingestion idempotent.</summary>
    public string ContentSha256 { get; set; } = "";

    public string? Notes { get; set; }

    public DocumentStatus Status { get; set; } = DocumentStatus.Published;
    public string? WithdrawalReason { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    public DateTime IngestedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Number of the latest revision (1 for a new document).</summary>
    public int RevisionNumber { get; set; }

    /// <summary>The revision the last ingestion of the source (seed or import) wrote; null for a document added through the
    /// form. A later revision is an editor's, which a changed source never overwrites (see <see cref="SourceChange"/>).</summary>
    public int? IngestedRevision { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save.</summary>
    public int ConcurrencyVersion { get; set; }

    public List<DocumentAuthor> Authors { get; set; } = [];
    public List<DocumentTag> Tags { get; set; } = [];
    public List<Passage> Passages { get; set; } = [];
    public List<FieldProvenance> Provenance { get; set; } = [];
    public List<IngestionRemoval> Removals { get; set; } = [];
    public List<Revision> Revisions { get; set; } = [];

    public PartialDate PublishedDate
    {
        get => new(PublishedYear, PublishedMonth, PublishedDay);
        set => (PublishedYear, PublishedMonth, PublishedDay) = (value.Year, value.Month, value.Day);
    }
}
