namespace PolicyArchive.Core.Documents;

/// <summary>A run of the body in one language, by character offsets into <see cref="Document.Body"/>.
/// The search index analyses each passage with its language's analyzer.</summary>
public sealed class Passage
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Ordinal { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public string Language { get; set; } = "und";
}
