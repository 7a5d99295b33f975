namespace PolicyArchive.Core.Documents;

/// <summary>The longest value each text column the editors fill takes. The entity configurations declare these lengths
/// (PostgreSQL refuses a longer value, SQLite stores it silently), and the forms and editorial services check the same
/// constants, so a value that is too long gets a message next to its field on either store, and nothing is saved.</summary>
public static class FieldLengths
{
    /// <summary>A document's title and original title, and the title its revisions, tombstone and source changes keep.</summary>
    public const int Title = 500;

    public const int Publication = 300;

    public const int SourceUrl = 2000;

    /// <summary>One author's name (a document has several, each its own row).</summary>
    public const int AuthorName = 300;

    /// <summary>One tag's name, and each of its labels per language.</summary>
    public const int TagName = 100;

    /// <summary>A revision's note and a relation's note.</summary>
    public const int Note = 2000;

    /// <summary>The public reason a document was withdrawn or deleted.</summary>
    public const int Reason = 2000;

    public const int CollectionTitle = 300;

    /// <summary>A language code (a document's, a passage's).</summary>
    public const int Language = 16;
}
