namespace PolicyArchive.Core.Documents;

public enum RelationType { TranslationOf = 0, RespondsTo = 1, CommentaryOn = 2, SameEventAs = 3 }

/// <summary>A typed, directed link: From is a translation of / responds to / comments on To. SameEventAs is symmetric.</summary>
public sealed class Relation
{
    public int Id { get; set; }
    public int FromDocumentId { get; set; }
    public Document From { get; set; } = null!;
    public int ToDocumentId { get; set; }
    public Document To { get; set; } = null!;
    public RelationType Type { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
