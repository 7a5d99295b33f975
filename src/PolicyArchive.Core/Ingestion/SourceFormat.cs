namespace PolicyArchive.Core.Ingestion;

public enum SourceFormat { PlainText, Markdown, Html, Docx }

public static class SourceFormats
{
    /// <summary>The format a file name announces; pasted text (no file name) is plain text.</summary>
    public static SourceFormat FromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return SourceFormat.PlainText;
        }
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".txt" or ".text" or "" => SourceFormat.PlainText,
            ".md" or ".markdown" => SourceFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".docx" => SourceFormat.Docx,
            var ext => throw new IngestionRejectedException(IngestionMessages.Format(IngestionMessages.UnsupportedFormat, ext)),
        };
    }
}

/// <summary>What a format reader found: the text (Markdown when <see cref="IsMarkdown"/>) and what the format itself
/// declares about the document.</summary>
public sealed record FormatReading(string Text, bool IsMarkdown)
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? SiteName { get; init; }
    public string? Url { get; init; }
}
