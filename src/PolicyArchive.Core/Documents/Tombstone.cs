namespace PolicyArchive.Core.Documents;

/// <summary>What remains at a permalink after an administrator deletes a document for real: the permalink answers 410, never 404.</summary>
public sealed class Tombstone
{
    public string PublicId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime DeletedAt { get; set; }
    public string DeletedBy { get; set; } = "";
}
