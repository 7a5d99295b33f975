namespace PolicyArchive.Core.Documents;

public sealed class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public List<DocumentTag> Documents { get; set; } = [];

    /// <summary>The tag's name per interface language; a language without a label shows <see cref="Name"/>.</summary>
    public List<TagLabel> Labels { get; set; } = [];

    /// <summary>The label in <paramref name="language"/> (two-letter code), else the canonical name.</summary>
    public string LabelFor(string language) =>
        Labels.FirstOrDefault(l => string.Equals(l.Language, language, StringComparison.OrdinalIgnoreCase))?.Label is { Length: > 0 } label ? label : Name;
}

public sealed class DocumentTag
{
    public int DocumentId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public Document Document { get; set; } = null!;
}
