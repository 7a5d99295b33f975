namespace PolicyArchive.Core.Documents;

/// <summary>A possible duplicate found on ingestion (same article from two outlets), shown to editors, never merged silently.</summary>
public sealed class DuplicateFlag
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int OtherDocumentId { get; set; }

    /// <summary>Resemblance of the two texts, 0..1.</summary>
    public double Similarity { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
}
