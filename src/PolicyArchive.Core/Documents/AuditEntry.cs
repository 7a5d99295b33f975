namespace PolicyArchive.Core.Documents;

/// <summary>One editorial action. No foreign key to the document: the log outlives a deleted document.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string? DocumentPublicId { get; set; }
    public string? Details { get; set; }
}
