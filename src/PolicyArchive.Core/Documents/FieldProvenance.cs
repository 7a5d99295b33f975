namespace PolicyArchive.Core.Documents;

public enum FieldSource { Extracted = 0, Curated = 1, Entered = 2 }

/// <summary>Where one metadata value came from. Both the extracted and the curated value are kept, so the
/// document page can say which one is shown and an editor can see what the extractor found.</summary>
public sealed class FieldProvenance
{
    public int Id { get; set; }
    public int DocumentId { get; set; }

    /// <summary>Field name as in <see cref="DocumentFields"/>.</summary>
    public string Field { get; set; } = "";

    public FieldSource Source { get; set; }
    public string? Value { get; set; }

    /// <summary>The one order provenance rows are written out in (backup, API): by field, then source. A store returns
    /// included rows in no particular order.</summary>
    public static IEnumerable<FieldProvenance> InOrder(IEnumerable<FieldProvenance> rows) =>
        rows.OrderBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Source);
}

public static class DocumentFields
{
    public const string Title = "title";
    public const string OriginalTitle = "originalTitle";
    public const string Authors = "authors";
    public const string Publication = "publication";
    public const string PublishedDate = "publishedDate";
    public const string SourceUrl = "sourceUrl";
    public const string Language = "language";
    public const string Tags = "tags";
}
