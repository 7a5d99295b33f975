using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>A run of text inside a paragraph in another language than the paragraph (a Chinese sentence in a French
/// list item), rendered as &lt;span lang="…"&gt; so screen readers and fonts switch for it.</summary>
internal sealed class LangSpanInline : ContainerInline
{
    public string Language { get; init; } = "";
}

internal sealed class LangSpanRenderer : HtmlObjectRenderer<LangSpanInline>
{
    protected override void Write(HtmlRenderer renderer, LangSpanInline obj)
    {
        if (renderer.EnableHtmlForInline) renderer.Write("<span lang=\"").WriteEscape(obj.Language).Write("\">");
        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForInline) renderer.Write("</span>");
    }
}
