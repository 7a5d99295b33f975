using Microsoft.AspNetCore.Html;

using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Pages.Search;

/// <summary>Snippet segments as HTML: text encoded, matches in &lt;mark&gt;, and no whitespace added between pieces
/// (Razor markup would put a visible space inside "d’exportation").</summary>
public static class SnippetHtml
{
    public static IHtmlContent Render(IEnumerable<SnippetSegment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            if (segment.Highlighted) html.AppendHtml("<mark>").Append(segment.Text).AppendHtml("</mark>");
            else html.Append(segment.Text);
        }
        return html;
    }
}
