using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>Stable anchors for the paragraphs of a rendered body, so a quotation can be cited to its place. An anchor is
/// a short hash of the paragraph's text (Unicode-normalised, spaces collapsed), so an unchanged paragraph keeps its
/// anchor in every revision however the paragraphs around it change; a paragraph repeated word for word gets "-2", "-3".</summary>
public static class PassageAnchors
{
    public const string Prefix = "p-";
    public const int ExcerptChars = 120;

    public sealed record Anchor(string Id, string Text)
    {
        public string Excerpt => Text.Length <= ExcerptChars ? Text : Text[..ExcerptChars].TrimEnd() + "…";
    }

    /// <summary>The anchors of a rendered body, in reading order.</summary>
    public static IReadOnlyList<Anchor> Of(string bodyHtml) => Mark(Parse(bodyHtml), null, null).Anchors;

    /// <summary>Gives each paragraph its anchor and a "cite this passage" link to <paramref name="revisionUrl"/> plus the
    /// anchor (the link works without script; copy.js copies it instead of following it).</summary>
    public static string Apply(string bodyHtml, string revisionUrl, string linkLabel)
    {
        if (string.IsNullOrEmpty(bodyHtml)) return bodyHtml;
        var root = Parse(bodyHtml);
        var (anchors, _) = Mark(root, revisionUrl, linkLabel);
        return anchors.Count == 0 ? bodyHtml : root.InnerHtml;
    }

    /// <summary>The anchor of a paragraph's text; the same text always gives the same anchor.</summary>
    public static string IdOf(string text)
    {
        var normalised = string.Join(' ', text.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..8];
    }

    private static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<body></body>");
        document.Body!.InnerHtml = html;
        return document.Body;
    }

    private static (List<Anchor> Anchors, IElement Root) Mark(IElement root, string? revisionUrl, string? linkLabel)
    {
        var anchors = new List<Anchor>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // Paragraphs, and list items a tight list renders without a paragraph inside.
        foreach (var element in root.QuerySelectorAll("p, li").Where(e => e.LocalName == "p" || e.QuerySelector("p") is null).ToList())
        {
            var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!text.Any(char.IsLetterOrDigit)) continue;
            var id = IdOf(text);
            var n = seen[id] = seen.GetValueOrDefault(id) + 1;
            if (n > 1) id += "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            anchors.Add(new Anchor(id, text));
            if (revisionUrl is null) continue;
            element.Id = id;
            element.ClassList.Add("passage");
            var link = root.Owner!.CreateElement("a");
            link.SetAttribute("href", revisionUrl + "#" + id);
            link.SetAttribute("class", "cite-passage");
            link.SetAttribute("data-cite-passage", id);
            link.SetAttribute("aria-label", linkLabel ?? "Cite this passage");
            link.SetAttribute("title", linkLabel ?? "Cite this passage");
            // The ¶ is drawn by CSS (site.css): the paragraph's text, as copied or read, stays the source's own.
            element.AppendChild(link);
        }
        return (anchors, root);
    }
}
