using Ganss.Xss;
using Markdig;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>One reusable Markdown pipeline with raw HTML disabled; the output is also sanitised, so a
/// javascript: link or an event attribute in a source can never run.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .Build();

    private readonly HtmlSanitizer _sanitizer = ArchiveSanitizer.Create();

    public string ToHtml(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
}
