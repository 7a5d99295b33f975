namespace PolicyArchive.Core.Documents;

/// <summary>A curated, ordered set of documents with a Markdown introduction, at /collections/{Slug}.</summary>
public sealed class Collection
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Introduction { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<CollectionItem> Items { get; set; } = [];
}

public sealed class CollectionItem
{
    public int CollectionId { get; set; }
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public int Position { get; set; }
}
