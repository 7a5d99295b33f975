using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>Renders a document's body for reading: Markdown with raw HTML disabled, sanitised, each block marked with
/// the language of the passage it lies in when that differs from the document's (so screen readers and fonts switch),
/// and the headings collected for a table of contents.</summary>
public sealed class DocumentBodyRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .UsePreciseSourceLocation()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public RenderedBody Render(string body, string documentLanguage, IReadOnlyList<Passage> passages)
    {
        var ast = Markdown.Parse(body, _pipeline);
        foreach (var block in ast.Descendants<LeafBlock>())
        {
            if (block.Span.IsEmpty) continue;
            var language = DominantLanguage(block.Span.Start, block.Span.Length, passages);
            if (language is not null && !SameLanguage(language, documentLanguage))
                block.GetAttributes().AddPropertyIfNotExist("lang", language);
        }
        var headings = ast.Descendants<HeadingBlock>()
            .Where(h => h.Level <= 3 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, InlineText(h)))
            .ToList();

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(ast);
        writer.Flush();
        return new RenderedBody(_sanitizer.Sanitize(writer.ToString()), headings);
    }

    /// <summary>The language covering most of [start, start+length), from the passages found on ingestion.</summary>
    internal static string? DominantLanguage(int start, int length, IReadOnlyList<Passage> passages)
    {
        var end = start + length;
        return passages
            .Select(p => (p.Language, Overlap: Math.Min(end, p.Start + p.Length) - Math.Max(start, p.Start)))
            .Where(x => x.Overlap > 0 && x.Language is not ("und" or ""))
            .GroupBy(x => x.Language, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Language: g.Key, Overlap: g.Sum(x => x.Overlap)))
            .Where(x => x.Overlap * 2 > length)
            .Select(x => x.Language)
            .FirstOrDefault();
    }

    private static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);

    private static string InlineText(HeadingBlock h) =>
        h.Inline is null ? "" : string.Concat(h.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("lang");
        return sanitizer;
    }
}

public sealed record RenderedBody(string Html, IReadOnlyList<TocEntry> Headings)
{
    /// <summary>A table of contents helps only in long texts with several sections.</summary>
    public bool ShowToc => Headings.Count >= 3;
}

public sealed record TocEntry(int Level, string Id, string Text);
