namespace PolicyArchive.Core.Documents;

/// <summary>An editor's correction of the automatic paragraph alignment between a translation and its original, in
/// <see cref="Translations.AlignmentText"/> form. Kept when either text changes; the view falls back to the automatic
/// alignment (and says so) while the correction no longer fits the paragraphs.</summary>
public sealed class TranslationAlignment
{
    public int Id { get; set; }
    public int TranslationDocumentId { get; set; }
    public int OriginalDocumentId { get; set; }
    public string Rows { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
