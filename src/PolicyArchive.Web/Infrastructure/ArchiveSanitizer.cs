using Ganss.Xss;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>The one sanitiser policy for rendered Markdown: web and mail links only (never javascript:), ids for the
/// table of contents, lang for passages in other languages.</summary>
public static class ArchiveSanitizer
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
        return sanitizer;
    }
}
