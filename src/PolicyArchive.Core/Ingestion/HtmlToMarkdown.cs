using System.Text;

using AngleSharp.Dom;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Writes an HTML element tree as simple Markdown: headings, paragraphs, list items, line breaks.
/// Inline formatting is dropped; the words and their order are what the archive keeps.</summary>
internal static class HtmlToMarkdown
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "tr", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "hr",
    };

    public static string Convert(IElement root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        var lines = sb.ToString().Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var text = string.Join('\n', lines);
        while (text.Contains("\n\n\n", StringComparison.Ordinal))
        {
            text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }
        return text.Trim();
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
                    break;
                case IElement e when e.LocalName is "script" or "style" or "noscript" or "template":
                    break;
                case IElement e when e.LocalName is "br":
                    sb.Append('\n');
                    break;
                case IElement e when e.LocalName.Length == 2 && e.LocalName[0] == 'h' && char.IsDigit(e.LocalName[1]):
                    sb.Append("\n\n").Append('#', Math.Clamp(e.LocalName[1] - '0', 1, 6)).Append(' ');
                    Walk(e, sb);
                    sb.Append("\n\n");
                    break;
                case IElement e when e.LocalName is "li":
                    sb.Append("\n- ");
                    Walk(e, sb);
                    sb.Append('\n');
                    break;
                case IElement e when s_blocks.Contains(e.LocalName):
                    sb.Append("\n\n");
                    Walk(e, sb);
                    sb.Append("\n\n");
                    break;
                case IElement e:
                    Walk(e, sb);
                    break;
                default:
                    break;
            }
        }
    }
}
