namespace PolicyArchive.Core.Documents;

/// <summary>Text that ingestion removed from the source (page furniture, a repeated block), with the reason,
/// so an editor can check that nothing of the article was lost.</summary>
public sealed class IngestionRemoval
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Ordinal { get; set; }
    public string Reason { get; set; } = "";
    public string Text { get; set; } = "";
}
