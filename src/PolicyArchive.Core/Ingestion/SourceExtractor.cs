using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>The ingestion pipeline for one input: decode → read the format → clean → metadata → language → passages.
/// Throws <see cref="IngestionRejectedException"/> with a readable reason for input it will not take.
/// The size limit is the caller's to check before calling.</summary>
public sealed class SourceExtractor(ReadLimits limits) : ISourceExtractor
{
    public SourceExtractor()
        : this(ReadLimits.Default)
    {
    }

    public ReadLimits Limits { get; } = limits;

    public ExtractedSource Extract(ReadOnlySpan<byte> content, string? fileName) => Extract(content, fileName, CancellationToken.None);

    /// <summary>Reads one file within <see cref="Limits"/>: over its time budget it is refused with a reason; when
    /// <paramref name="ct"/> is cancelled (the client left) the work stops with <see cref="OperationCanceledException"/>.
    /// Whatever goes wrong inside a reader is this file's refusal, never the caller's exception.</summary>
    public ExtractedSource Extract(ReadOnlySpan<byte> content, string? fileName, CancellationToken ct)
    {
        if (content.IsEmpty)
        {
            throw new IngestionRejectedException(IngestionMessages.Empty);
        }
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(Limits.TimeBudget);
        try
        {
            return ExtractWithin(content, fileName, budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new IngestionRejectedException(IngestionMessages.Format(IngestionMessages.OverTimeBudget,
                Limits.TimeBudget.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is not (IngestionRejectedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new IngestionRejectedException(IngestionMessages.Unreadable, e);
        }
    }

    private ExtractedSource ExtractWithin(ReadOnlySpan<byte> content, string? fileName, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var format = SourceFormats.FromFileName(fileName);
        string? encoding = null;
        FormatReading reading;
        if (format == SourceFormat.Docx)
        {
            reading = DocxSourceReader.Read(content, Limits, ct);
        }
        else
        {
            var decoded = TextDecoder.Decode(content);
            encoding = decoded.EncodingName;
            ct.ThrowIfCancellationRequested();
            reading = format switch
            {
                SourceFormat.Html => HtmlSourceReader.Read(decoded.Text),
                SourceFormat.Markdown => new FormatReading(decoded.Text, IsMarkdown: true),
                _ => new FormatReading(decoded.Text, IsMarkdown: false),
            };
        }
        if (reading.Text.Length > Limits.MaxTextChars)
        {
            throw new IngestionRejectedException(IngestionMessages.Format(IngestionMessages.TextTooLong, IngestionMessages.Number(Limits.MaxTextChars)));
        }
        ct.ThrowIfCancellationRequested();
        return FromText(reading, format, encoding);
    }

    /// <summary>Runs the text stages on text already decoded (a form's pasted body, for instance).</summary>
    public static ExtractedSource FromText(FormatReading reading, SourceFormat format = SourceFormat.PlainText, string? encoding = null)
    {
        // The store keeps no character XML cannot carry (ArchiveText); dropped there, after the passages were cut, they
        // would shift every passage that follows them.
        var cleaned = SourceCleaner.Clean(ArchiveText.Clean(reading.Text), reading.IsMarkdown);
        if (string.IsNullOrWhiteSpace(cleaned.Body))
        {
            throw new IngestionRejectedException(IngestionMessages.NoArticleText);
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
