using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using System.Xml;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Reads a Word document's paragraphs in order with DocumentFormat.OpenXml; heading and title styles
/// become Markdown headings, list paragraphs list items. The package is measured before it is opened (a zip bomb is
/// refused without being expanded in memory), the body is read paragraph by paragraph rather than as one tree, and the
/// text stops at <see cref="ReadLimits.MaxTextChars"/>. Anything unreadable (DTD, malformed XML or zip) is a refusal.</summary>
public static class DocxSourceReader
{
    private const int MaxPackageEntries = 10_000;

    public static FormatReading Read(ReadOnlySpan<byte> bytes) => Read(bytes, ReadLimits.Default, CancellationToken.None);

    public static FormatReading Read(ReadOnlySpan<byte> bytes, ReadLimits limits, CancellationToken ct)
    {
        if (bytes.IsEmpty)
        {
            throw new IngestionRejectedException(IngestionMessages.Empty);
        }
        var copy = bytes.ToArray();
        try
        {
            CheckExpandedSize(copy, limits, ct);
            using var stream = new MemoryStream(copy, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var part = document.MainDocumentPart ?? throw new IngestionRejectedException(IngestionMessages.DocxNoBody);
            var sb = new StringBuilder();
            var sawBody = false;
            using (var reader = OpenXmlReader.Create(part))
            {
                while (reader.Read())
                {
                    ct.ThrowIfCancellationRequested();
                    if (reader.IsStartElement && reader.ElementType == typeof(Body)) sawBody = true;
                    if (!reader.IsStartElement || reader.ElementType != typeof(Paragraph)) continue;
                    // One paragraph at a time (with the paragraphs nested in it, as a text box's): never the whole body as a tree.
                    var outer = (Paragraph)reader.LoadCurrentElement()!;
                    foreach (var paragraph in outer.Descendants<Paragraph>().Prepend(outer))
                    {
                        var text = string.Concat(paragraph.Descendants().Select(TextOf)).Trim();
                        if (text.Length == 0)
                        {
                            continue;
                        }
                        sb.Append(Prefix(paragraph)).Append(text).Append("\n\n");
                    }
                    if (sb.Length > limits.MaxTextChars)
                    {
                        throw new IngestionRejectedException(IngestionMessages.Format(IngestionMessages.DocxTextTooLong, IngestionMessages.Number(limits.MaxTextChars)));
                    }
                }
            }
            if (!sawBody)
            {
                throw new IngestionRejectedException(IngestionMessages.DocxNoBody);
            }
            var properties = document.PackageProperties;
            return new FormatReading(TextDecoder.Clean(sb.ToString()).Trim(), IsMarkdown: true)
            {
                Title = string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim(),
                Author = string.IsNullOrWhiteSpace(properties.Creator) ? null : properties.Creator.Trim(),
            };
        }
        catch (XmlException e)
        {
            // The SDK refuses a DTD (entity expansion) and malformed XML alike.
            throw new IngestionRejectedException(e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? IngestionMessages.DocxDtd
                : IngestionMessages.DocxMalformedXml, e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // What went wrong inside the package is for the log (the exception travels with the refusal), not for the editor.
            throw new IngestionRejectedException(IngestionMessages.DocxUnreadable, e);
        }
    }

    /// <summary>Expands every part once into nothing, counting the bytes it really gives (the sizes a zip declares can lie).</summary>
    private static void CheckExpandedSize(byte[] bytes, ReadLimits limits, CancellationToken ct)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxPackageEntries)
        {
            throw new IngestionRejectedException(IngestionMessages.Format(IngestionMessages.DocxTooManyParts, IngestionMessages.Number(zip.Entries.Count)));
        }
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var part = entry.Open();
            int n;
            while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
                if (total > limits.MaxDecompressedBytes)
                {
                    throw new IngestionRejectedException(IngestionMessages.Format(IngestionMessages.DocxExpandsTooMuch,
                        IngestionMessages.Number(limits.MaxDecompressedBytes), IngestionMessages.Number(bytes.Length)));
                }
                ct.ThrowIfCancellationRequested();
            }
        }
    }

    private static string TextOf(OpenXmlElement element) => element switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    };

    private static string Prefix(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.Equals("Titre", StringComparison.OrdinalIgnoreCase))
        {
            return "# ";
        }
        foreach (var name in new[] { "Heading", "Titre", "berschrift" })
        {
            var at = style.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && int.TryParse(style.AsSpan(at + name.Length), out var level))
            {
                return new string('#', Math.Clamp(level, 1, 6)) + " ";
            }
        }
        return paragraph.ParagraphProperties?.NumberingProperties is not null ? "- " : "";
    }
}
