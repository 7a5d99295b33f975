namespace PolicyArchive.Core.Ingestion;

/// <summary>The reasons recorded with each removal, as shown to editors.</summary>
public static class RemovalReasons
{
    public const string RepeatedBlock = "repeated block";
    public const string RepeatedTitle = "repeated title";
    public const string TitleLine = "title line (shown as the document title)";
    public const string Byline = "byline (moved to authors)";
    public const string Dateline = "dateline (moved to date)";
    public const string SourceReference = "source reference (moved to source URL)";
    public const string RedirectNotice = "redirect notice";
    public const string ShareButtons = "share buttons";
    public const string Disclaimer = "disclaimer";
    public const string Copyright = "copyright notice";
    public const string RelatedArticles = "related articles";
    public const string CommentCount = "comment count";
    public const string ViewCounter = "view counter";
    public const string OriginalLink = "link to the original";
    public const string PageInterface = "page interface text";
    public const string CoverArt = "cover art caption";
    public const string Syndication = "syndication notice";
    public const string Decoration = "decoration";
    public const string EditorCredit = "editor credit (not an author)";
}
