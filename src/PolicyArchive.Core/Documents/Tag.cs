namespace PolicyArchive.Core.Documents;

public sealed class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public List<DocumentTag> Documents { get; set; } = [];
}

public sealed class DocumentTag
{
    public int DocumentId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public Document Document { get; set; } = null!;
}
