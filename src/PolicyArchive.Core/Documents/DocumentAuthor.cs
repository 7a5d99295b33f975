namespace PolicyArchive.Core.Documents;

/// <summary>An author or speaker, in the order the source names them.</summary>
public sealed class DocumentAuthor
{
    public int DocumentId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";

    /// <summary>"author", "speaker", "translator" or "commentator".</summary>
    public string Role { get; set; } = "author";
}
