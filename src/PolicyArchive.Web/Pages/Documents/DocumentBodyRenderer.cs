using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>Renders a document's body for reading: Markdown with raw HTML disabled, sanitised, each block marked with
/// the language of the passage it lies in when that differs from the document's (so screen readers and fonts switch),
/// and the headings collected for a table of contents.</summary>
public sealed class DocumentBodyRenderer(MarkdownRenderer markdown)
{
    private readonly MarkdownPipeline _pipeline = markdown.Pipeline;

    public RenderedBody Render(string body, string documentLanguage, IReadOnlyList<Passage> passages)
    {
        var ast = Markdown.Parse(body, _pipeline);
        foreach (var block in ast.Descendants<LeafBlock>().ToList())
        {
            if (block.Span.IsEmpty) continue;
            var language = DominantLanguage(block.Span.Start, block.Span.Length, passages);
            var blockLanguage = documentLanguage;
            if (language is not null && !SameLanguage(language, documentLanguage))
            {
                // A tight list renders its paragraphs without <p>, so the attribute goes on the <li>.
                MarkdownObject target = block is ParagraphBlock && block.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } } item ? item : block;
                target.GetAttributes().AddPropertyIfNotExist("lang", language);
                blockLanguage = language;
            }
            if (block.Inline is not null) MarkInlinePassages(block.Inline, blockLanguage, passages);
        }
        var headings = ast.Descendants<HeadingBlock>()
            .Where(h => h.Level <= 3 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, InlineText(h)))
            .ToList();

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new LangSpanRenderer());
        renderer.Render(ast);
        writer.Flush();
        return new RenderedBody(markdown.Sanitize(writer.ToString()), headings);
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

    /// <summary>Splits each text run that crosses a passage in another language, wrapping that part in a lang span.
    /// Runs whose text differs from their source (escapes, entities) are left whole: their offsets would not line up.</summary>
    private static void MarkInlinePassages(ContainerInline container, string blockLanguage, IReadOnlyList<Passage> passages)
    {
        foreach (var literal in container.Descendants<LiteralInline>().ToList())
        {
            var start = literal.Span.Start;
            var length = literal.Span.Length;
            if (literal.Span.IsEmpty || length != literal.Content.Length) continue;
            var pieces = Pieces(start, length, blockLanguage, passages);
            if (pieces.All(p => SameLanguage(p.Language, blockLanguage))) continue;
            var text = literal.Content.ToString();
            Inline anchor = literal;
            foreach (var (pieceStart, pieceLength, language) in pieces)
            {
                var run = new LiteralInline(text.Substring(pieceStart - start, pieceLength));
                Inline node = run;
                if (!SameLanguage(language, blockLanguage))
                {
                    var span = new LangSpanInline { Language = language };
                    span.AppendChild(run);
                    node = span;
                }
                anchor.InsertAfter(node);
                anchor = node;
            }
            literal.Remove();
        }
    }

    /// <summary>[start, start+length) cut where passages begin and end; text outside every passage keeps the block's language.</summary>
    internal static List<(int Start, int Length, string Language)> Pieces(int start, int length, string fallback, IReadOnlyList<Passage> passages)
    {
        var end = start + length;
        var pieces = new List<(int, int, string)>();
        var at = start;
        foreach (var p in passages.Where(p => p.Start < end && p.Start + p.Length > start).OrderBy(p => p.Start))
        {
            var s = Math.Max(p.Start, at);
            var e = Math.Min(p.Start + p.Length, end);
            if (s > at) pieces.Add((at, s - at, fallback));
            if (e > s) pieces.Add((s, e - s, p.Language is "und" or "" ? fallback : p.Language));
            at = Math.Max(at, e);
        }
        if (at < end) pieces.Add((at, end - at, fallback));
        // Neighbouring pieces in one language are one run.
        var merged = new List<(int Start, int Length, string Language)>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && SameLanguage(merged[^1].Language, piece.Item3))
                merged[^1] = (merged[^1].Start, merged[^1].Length + piece.Item2, merged[^1].Language);
            else
                merged.Add(piece);
        }
        return merged;
    }

    private static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);

    private static string InlineText(HeadingBlock h) =>
        h.Inline is null ? "" : string.Concat(h.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
}

public sealed record RenderedBody(string Html, IReadOnlyList<TocEntry> Headings)
{
    /// <summary>A table of contents helps only in long texts with several sections.</summary>
    public bool ShowToc => Headings.Count >= 3;
}

public sealed record TocEntry(int Level, string Id, string Text);
