namespace PolicyArchive.Core.Thesaurus;

/// <summary>A concept of the field (export controls, chips...) with its names in each language; queries expand across them.</summary>
public sealed class ThesaurusConcept
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Notes { get; set; }
    public List<ThesaurusTerm> Terms { get; set; } = [];
}

public sealed class ThesaurusTerm
{
    public int Id { get; set; }
    public int ConceptId { get; set; }
    public string Text { get; set; } = "";

    /// <summary>BCP-47 language of the term, or "und" for names used in every language.</summary>
    public string Language { get; set; } = "und";
}
