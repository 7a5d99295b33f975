using Ganss.Xss;
using Markdig;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>The one reusable Markdown pipeline, with raw HTML disabled, and the one sanitiser its output goes through,
/// so a javascript: link or an event attribute in a source can never run. The reader's page renderer uses both too,
/// so a preview and the published page cannot drift apart.</summary>
public sealed class MarkdownRenderer
{
    private readonly HtmlSanitizer _sanitizer = ArchiveSanitizer.Create();

    // Precise source locations let the reader's renderer map blocks to passage offsets; they do not change the HTML.
    public MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .UsePreciseSourceLocation()
        .Build();

    public string ToHtml(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
