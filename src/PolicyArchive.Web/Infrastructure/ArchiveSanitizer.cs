using System.Text.RegularExpressions;

using Ganss.Xss;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>The one sanitiser policy for rendered Markdown: web and mail links only (never javascript:), ids for the
/// table of contents, lang for passages in other languages, and no style attribute (the Content-Security-Policy allows
/// no inline style): a table column's alignment, which Markdig writes as a style, becomes a class.</summary>
public static partial class ArchiveSanitizer
{
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("lang");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name == "style" && TextAlign().Match(e.Attribute.Value) is { Success: true } align)
                e.Tag.ClassList.Add("align-" + align.Groups[1].Value.ToLowerInvariant());
        };
        return sanitizer;
    }

    [GeneratedRegex(@"text-align:\s*(left|center|right)", RegexOptions.IgnoreCase)]
    private static partial Regex TextAlign();
}
