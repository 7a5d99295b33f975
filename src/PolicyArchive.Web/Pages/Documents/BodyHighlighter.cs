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
        var marked = 0;
        foreach (var node in root.Descendants<AngleSharp.Dom.IText>().ToList())
        {
            if (string.IsNullOrWhiteSpace(node.Data) || node.ParentElement?.LocalName is "code" or "pre") continue;
            var segments = search.Highlight(node.Data, query);
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
