namespace PolicyArchive.Web.Pages.Admin.Documents;

/// <summary>The transport limit for the document forms is set well above Archive:MaxSourceBytes, so that a file or text
/// over the archive's limit still reaches the page and gets a message next to the field instead of a bare 413 or 400.</summary>
public static class UploadLimits
{
    public const long TransportBytes = 64L * 1024 * 1024;
    public const int FormValueBytes = 64 * 1024 * 1024;

    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"];
}
