using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>Marks a search's words in a rendered body (opened from a result with ?hl=): each text node is matched with the
/// search analyzers and its matches wrapped in &lt;mark&gt;. The markup itself is never touched, only text nodes.</summary>
public static class BodyHighlighter
{
    public static string Apply(string bodyHtml, string? query, SearchService search)
    {
        if (string.IsNullOrWhiteSpace(query) || string.IsNullOrEmpty(bodyHtml)) return bodyHtml;
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var root = document.Body!;
        root.InnerHtml = bodyHtml;
        var nodes = root.Descendants<AngleSharp.Dom.IText>()
            .Where(n => !string.IsNullOrWhiteSpace(n.Data) && n.ParentElement?.LocalName is not ("code" or "pre")).ToList();
        var highlighted = search.Highlight(nodes.Select(n => n.Data).ToList(), query);
        var marked = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var (node, segments) = (nodes[i], highlighted[i]);
            if (!segments.Any(s => s.Highlighted)) continue;
            var fragment = document.CreateDocumentFragment();
            foreach (var s in segments)
            {
                if (s.Highlighted)
                {
                    var mark = document.CreateElement("mark");
                    if (marked++ == 0) mark.Id = "first-match";
                    mark.TextContent = s.Text;
                    fragment.AppendChild(mark);
                }
                else
                {
                    fragment.AppendChild(document.CreateTextNode(s.Text));
                }
            }
            node.Parent!.ReplaceChild(fragment, node);
        }
        return marked == 0 ? bodyHtml : root.InnerHtml;
    }
}
