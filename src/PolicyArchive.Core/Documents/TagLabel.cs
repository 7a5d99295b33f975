namespace PolicyArchive.Core.Documents;

/// <summary>A tag's name in one interface language ("en", "fr"). The tag's own Name stays its canonical form (the facet
/// value and the slug's source); a label is what a reader of that language sees, and <c>tag:</c> matches it too.</summary>
public sealed class TagLabel
{
    public int TagId { get; set; }

    /// <summary>Two-letter language code of the label.</summary>
    public string Language { get; set; } = "";

    public string Label { get; set; } = "";
}
