namespace PolicyArchive.Core.Thesaurus;

/// <summary>A concept of the field (export controls, chips...) with its names in each language; queries expand across them.</summary>
public sealed class ThesaurusConcept
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Notes { get; set; }
    public List<ThesaurusTerm> Terms { get; set; } = [];

    /// <summary>The concept's name for a reader of <paramref name="language"/> (two-letter code): its first term in that
    /// language, else the label. Editors write labels in English, the thesaurus's working language, so an English reader
    /// gets the label.</summary>
    public string LabelFor(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) ? Label
        // The first term as the editors wrote them (in the order they were stored: a query's Include keeps none).
        : Terms.Where(t => t.Text.Length > 0 && string.Equals(Search.IndexFields.PrimaryLanguage(t.Language), language, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Id).FirstOrDefault()?.Text ?? Label;
}

public sealed class ThesaurusTerm
{
    public int Id { get; set; }
    public int ConceptId { get; set; }
    public string Text { get; set; } = "";

    /// <summary>BCP-47 language of the term, or "und" for names used in every language.</summary>
    public string Language { get; set; } = "und";
}
