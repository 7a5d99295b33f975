namespace PolicyArchive.Core.Ingestion;

/// <summary>The ingestion pipeline for one input: decode → read the format → clean → metadata → language → passages.
/// Throws <see cref="IngestionRejectedException"/> with a readable reason for input it will not take.
/// The size limit is the caller's to check before calling.</summary>
public sealed class SourceExtractor : ISourceExtractor
{
    public ExtractedSource Extract(ReadOnlySpan<byte> content, string? fileName)
    {
        if (content.IsEmpty)
        {
            throw new IngestionRejectedException("The file is empty.");
        }
        var format = SourceFormats.FromFileName(fileName);
        string? encoding = null;
        FormatReading reading;
        if (format == SourceFormat.Docx)
        {
            reading = DocxSourceReader.Read(content);
        }
        else
        {
            var decoded = TextDecoder.Decode(content);
            encoding = decoded.EncodingName;
            reading = format switch
            {
                SourceFormat.Html => HtmlSourceReader.Read(decoded.Text),
                SourceFormat.Markdown => new FormatReading(decoded.Text, IsMarkdown: true),
                _ => new FormatReading(decoded.Text, IsMarkdown: false),
            };
        }
        return FromText(reading, format, encoding);
    }

    /// <summary>Runs the text stages on text already decoded (a form's pasted body, for instance).</summary>
    public static ExtractedSource FromText(FormatReading reading, SourceFormat format = SourceFormat.PlainText, string? encoding = null)
    {
        var cleaned = SourceCleaner.Clean(reading.Text, reading.IsMarkdown);
        if (string.IsNullOrWhiteSpace(cleaned.Body))
        {
            throw new IngestionRejectedException("Nothing is left once the page furniture is removed: the file holds no article text.");
        }
        var metadata = MetadataExtractor.Extract(cleaned, reading.Title, reading.Author);
        var firstGuess = LanguageIdentifier.Identify(cleaned.Body);
        var passages = PassageSegmenter.Segment(cleaned.Body, firstGuess);
        var language = PassageSegmenter.DominantLanguage(passages);

        return new ExtractedSource
        {
            Title = metadata.Title,
            Body = cleaned.Body,
            Language = language == LanguageIdentifier.Undetermined ? firstGuess : language,
            Authors = metadata.Authors,
            Publication = metadata.Publication ?? reading.SiteName,
            PublishedDate = metadata.PublishedDate,
            SourceUrl = metadata.SourceUrl ?? reading.Url,
            Passages = passages,
            Removals = cleaned.Removals,
            OriginalTitle = metadata.OriginalTitle,
            Format = format,
            EncodingName = encoding,
        };
    }
}
