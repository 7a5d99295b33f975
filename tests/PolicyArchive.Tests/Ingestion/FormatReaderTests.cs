using System.Text;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class FormatReaderTests
{
    private readonly SourceExtractor _extractor = new();

    [Fact]
    public void Html_page_gives_its_title_and_main_text_without_navigation_or_scripts()
    {
        const string html = """
            <html><head><title>Les puces au Congrès</title><meta name="author" content="Claire Martin">
            <link rel="canonical" href="https://example.org/puces"><script>var tracking = "secret";</script></head>
            <body><nav>Accueil | Politique | Tech</nav>
            <article><h1>Les puces au Congrès</h1><p>Le Sénat a tenu ce matin, le 9 mai, une audience sur l'IA.</p>
            <ul><li>Accélérer l'investissement</li><li>Maintenir l'innovation ouverte</li></ul>
            <p>Partager : Facebook | Twitter</p></article>
            <footer>© 2025 Exemple Média. Tous droits réservés.</footer></body></html>
            """;
        var s = _extractor.Extract(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.Equal("Les puces au Congrès", s.Title);
        Assert.Equal(["Claire Martin"], s.Authors);
        Assert.Equal("https://example.org/puces", s.SourceUrl);
        Assert.Contains("Le Sénat a tenu ce matin, le 9 mai", s.Body, StringComparison.Ordinal);
        Assert.Contains("- Maintenir l'innovation ouverte", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Accueil | Politique", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Partager", s.Body, StringComparison.Ordinal);
        Assert.Equal("fr", s.Language);
    }

    [Fact]
    public void Markdown_is_kept_as_markdown_with_its_heading_as_title()
    {
        var md = "# Export controls, explained\n\nThe rules *target* the most advanced chips.\n\n## Why now\n\nBecause the models got cheaper.";
        var s = _extractor.Extract(Encoding.UTF8.GetBytes(md), "note.md");
        Assert.Equal("Export controls, explained", s.Title);
        Assert.Equal("The rules *target* the most advanced chips.\n\n## Why now\n\nBecause the models got cheaper.", s.Body);
        Assert.Equal("en", s.Language);
        Assert.Equal(SourceFormat.Markdown, s.Format);
    }

    [Fact]
    public void Docx_paragraphs_are_read_in_order_with_headings()
    {
        var s = _extractor.Extract(Docx(("Title", "Contrôles à l'exportation"), ("Heading1", "Contexte"), (null, "Le Sénat a tenu une audience sur les puces et l'énergie."), (null, "La Chine investit dans ses propres puces.")), "note.docx");
        Assert.Equal("Contrôles à l'exportation", s.Title);
        Assert.Equal("# Contexte\n\nLe Sénat a tenu une audience sur les puces et l'énergie.\n\nLa Chine investit dans ses propres puces.", s.Body);
        Assert.Equal("fr", s.Language);
    }

    [Fact]
    public void Pasted_text_without_a_file_name_is_plain_text()
    {
        var s = _extractor.Extract(Encoding.UTF8.GetBytes("Une note collée. Elle parle des puces et de la Chine."), null);
        Assert.Equal(SourceFormat.PlainText, s.Format);
        Assert.Equal("fr", s.Language);
    }

    [Fact]
    public void A_broken_docx_is_rejected_clearly()
    {
        var e = Assert.Throws<IngestionRejectedException>(() => _extractor.Extract(Encoding.UTF8.GetBytes("PK not really a zip"), "broken.docx"));
        Assert.Contains(".docx", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_extension_is_rejected_clearly()
    {
        var e = Assert.Throws<IngestionRejectedException>(() => _extractor.Extract(Encoding.UTF8.GetBytes("texte"), "scan.pdf"));
        Assert.Contains(".pdf", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_and_furniture_only_input_are_rejected()
    {
        Assert.Contains("empty", Assert.Throws<IngestionRejectedException>(() => _extractor.Extract([], "a.txt")).Reason, StringComparison.Ordinal);
        var e = Assert.Throws<IngestionRejectedException>(() => _extractor.Extract(Encoding.UTF8.GetBytes("Voir l'original\n47,03K\nPas de commentaires..."), "a.txt"));
        Assert.Contains("furniture", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252_and_utf16_files_go_through_the_whole_pipeline()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "Les États-Unis doivent gagner la confiance du monde. Ils ne représentent que 4,5 % de la population.";
        var fromLatin = _extractor.Extract(Encoding.GetEncoding(1252).GetBytes(text), "a.txt");
        var fromUtf16 = _extractor.Extract(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), "a.txt");
        Assert.Equal(text, fromLatin.Body);
        Assert.Equal(text, fromUtf16.Body);
        Assert.Equal("windows-1252", fromLatin.EncodingName);
    }

    private static byte[] Docx(params (string? Style, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var (style, text) in paragraphs)
            {
                var p = new Paragraph(new Run(new Text(text)));
                if (style is not null)
                {
                    p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                }
                body.Append(p);
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
