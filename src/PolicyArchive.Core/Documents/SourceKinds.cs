namespace PolicyArchive.Core.Documents;

/// <summary>The kind of source a document is, told from what the store records (no column holds it): a translation has
/// an original title or a translator, a hearing or speech has speakers, a commentary a commentator, an article an outlet;
/// anything else is a text.</summary>
public static class SourceKinds
{
    public const string Translation = "translation";
    public const string Hearing = "hearing";
    public const string Commentary = "commentary";
    public const string Article = "article";
    public const string Text = "text";

    public static string Of(Document d)
    {
        if (!string.IsNullOrWhiteSpace(d.OriginalTitle) || d.Authors.Any(a => a.Role == "translator")) return Translation;
        if (d.Authors.Any(a => a.Role == "speaker")) return Hearing;
        if (d.Authors.Any(a => a.Role == "commentator")) return Commentary;
        if (!string.IsNullOrWhiteSpace(d.Publication)) return Article;
        return Text;
    }
}
