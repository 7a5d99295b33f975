using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using SmartReader;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Reads a saved web page: SmartReader finds the article; when it cannot (a short or unusual page), the
/// page's body is read with AngleSharp without its scripts, navigation, header, footer and asides. The text
/// comes out as Markdown (headings, lists, paragraphs). No regular expression ever reads the HTML.</summary>
public static class HtmlSourceReader
{
    private const string PlaceholderUrl = "https://archive.invalid/source.html";
    private static readonly string[] s_notContent = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe"];

    public static FormatReading Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var pageTitle = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title;
        var author = document.QuerySelector("meta[name='author']")?.GetAttribute("content");
        var siteName = document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");

        string text;
        Article? article = null;
        try
        {
            article = Reader.ParseArticle(PlaceholderUrl, html);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // SmartReader gives up on some pages; the AngleSharp reading below still works for them.
        }
        if (article is { IsReadable: true } && !string.IsNullOrWhiteSpace(article.Content))
        {
            var content = new HtmlParser().ParseDocument("<html><body>" + article.Content + "</body></html>");
            text = HtmlToMarkdown.Convert(content.Body!);
        }
        else
        {
            var body = document.Body ?? throw new IngestionRejectedException(IngestionMessages.HtmlNoBody);
            foreach (var element in body.QuerySelectorAll(string.Join(',', s_notContent)).ToArray())
            {
                element.Remove();
            }
            var main = body.QuerySelector("article") ?? body.QuerySelector("main") ?? body;
            text = HtmlToMarkdown.Convert(main);
        }

        return new FormatReading(TextDecoder.Clean(text), IsMarkdown: true)
        {
            Title = Blank(pageTitle) ?? Blank(article?.Title),
            Author = Blank(author) ?? Blank(article?.Author),
            SiteName = Blank(siteName) ?? Blank(article?.SiteName),
            Url = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? url : null,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
