using System.IO.Packaging;
using System.Text;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Reads a Word document's paragraphs in order with DocumentFormat.OpenXml; heading and title styles
/// become Markdown headings, list paragraphs list items.</summary>
public static class DocxSourceReader
{
    public static FormatReading Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new IngestionRejectedException("The file is empty.");
        }
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new IngestionRejectedException("The .docx file has no document body.");
            var sb = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var text = string.Concat(paragraph.Descendants().Select(TextOf)).Trim();
                if (text.Length == 0)
                {
                    continue;
                }
                sb.Append(Prefix(paragraph)).Append(text).Append("\n\n");
            }
            var properties = document.PackageProperties;
            return new FormatReading(TextDecoder.Clean(sb.ToString()).Trim(), IsMarkdown: true)
            {
                Title = string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim(),
                Author = string.IsNullOrWhiteSpace(properties.Creator) ? null : properties.Creator.Trim(),
            };
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new IngestionRejectedException("The file is not a readable .docx document (" + e.GetType().Name + ").", e);
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
