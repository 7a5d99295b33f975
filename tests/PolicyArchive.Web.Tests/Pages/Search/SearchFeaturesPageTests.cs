using System.Net;

using AngleSharp.Dom;

using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Search;

/// <summary>The results page as a researcher uses it: facets, sort, "also searched", "did you mean", help.</summary>
public sealed class SearchFeaturesPageTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private static int Total(IDocument page) => int.Parse(page.QuerySelector("p[role=status]")!.TextContent.Trim().Split(' ')[0]);

    [Fact]
    public async Task An_english_query_finds_french_documents_and_says_what_else_was_searched()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=export%20controls");

        var also = page.QuerySelector("li.also-searched")!;
        Assert.Contains("contrôles à l'exportation", also.TextContent, StringComparison.Ordinal);
        Assert.Contains("出口管制", also.TextContent, StringComparison.Ordinal);
        // The French words are what matched, highlighted in the snippets.
        Assert.Contains(page.QuerySelectorAll("ol.results mark"), m => m.TextContent.StartsWith("contrôle", StringComparison.OrdinalIgnoreCase));
        var expanded = Total(page);

        var typedOnly = await client.GetDocumentAsync(also.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Empty(typedOnly.QuerySelectorAll(".expansion"));
        Assert.Contains("Only the words as typed", typedOnly.QuerySelector("li.also-searched")!.TextContent, StringComparison.Ordinal);
        Assert.True(Total(typedOnly) <= expanded, $"typed only {Total(typedOnly)}, expanded {expanded}");
    }

    [Fact]
    public async Task Snippets_mark_words_without_adding_spaces()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search?q=exportation");
        var snippet = page.QuerySelectorAll("ol.results p.snippet").First(p => p.InnerHtml.Contains("’<mark>", StringComparison.Ordinal) || p.InnerHtml.Contains("'<mark>", StringComparison.Ordinal));
        Assert.DoesNotContain("’ exportation", snippet.TextContent, StringComparison.Ordinal);
        Assert.Contains("exportation", snippet.QuerySelector("mark")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_is_corrected_and_offered()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search?q=Deepsek");
        Assert.NotEmpty(page.QuerySelectorAll("ol.results > li"));
        var link = page.QuerySelector("li.did-you-mean a")!;
        Assert.Equal("deepseek", link.TextContent.Trim());
        Assert.Equal("/search?q=deepseek", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Facets_show_counts_and_narrow_when_clicked()
    {
        var client = await factory.LoggedInClientAsync();
        var form = await client.GetDocumentAsync("/admin/documents/new");
        var added = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "DeepSeek and the Quuxbar rules",
            ["Input.Authors"] = "Ada Example",
            ["Input.Publication"] = "Facet Review",
            ["Input.Date"] = "2025-03",
            ["Input.Language"] = "en",
            ["Input.Tags"] = "open source",
            ["Input.Body"] = "DeepSeek released open weights; the Quuxbar rules may follow.",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await client.GetDocumentAsync("/search?q=DeepSeek");
        var total = Total(page);
        Assert.True(total >= 2);
        Assert.Contains(page.QuerySelectorAll("aside.facets h2"), h => h.TextContent == "Publication");
        var value = page.QuerySelectorAll("aside.facets a").First(a => int.Parse(a.QuerySelector(".count")!.TextContent) < total);
        var count = int.Parse(value.QuerySelector(".count")!.TextContent);
        var label = value.QuerySelector("span")!.TextContent;

        var narrowed = await client.GetDocumentAsync(value.GetAttribute("href")!);
        Assert.Equal(count, Total(narrowed));
        var selected = narrowed.QuerySelector("aside.facets a[aria-current=true]")!;
        Assert.Equal(label, selected.QuerySelector("span")!.TextContent);

        var cleared = await client.GetDocumentAsync(selected.GetAttribute("href")!);
        Assert.Equal(total, Total(cleared));
    }

    [Fact]
    public async Task Sorting_keeps_the_results_and_marks_the_order()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=DeepSeek");
        var newestLink = page.QuerySelectorAll("nav.sort-links a").First(a => a.TextContent == "newest");
        var newest = await client.GetDocumentAsync(newestLink.GetAttribute("href")!);
        Assert.True(Total(page) >= 2, "the sort test needs at least two results to compare");
        Assert.Equal(Total(page), Total(newest));
        Assert.Equal("newest", newest.QuerySelector("nav.sort-links a[aria-current=true]")!.TextContent);
        Assert.Equal(
            page.QuerySelectorAll("ol.results > li > a").Select(a => a.TextContent).Order(),
            newest.QuerySelectorAll("ol.results > li > a").Select(a => a.TextContent).Order());
    }

    [Fact]
    public async Task A_facet_alone_lists_its_documents()
    {
        var client = factory.CreateClient();
        var search = await client.GetDocumentAsync("/search?q=DeepSeek");
        var language = search.QuerySelectorAll("aside.facets section").First(s => s.QuerySelector("h2")!.TextContent == "Language").QuerySelector("a")!;
        var code = language.GetAttribute("href")!.Split("lang=")[1].Split('&')[0];
        var page = await client.GetDocumentAsync("/search?lang=" + code);
        Assert.NotEmpty(page.QuerySelectorAll("ol.results > li"));
        Assert.Contains(page.QuerySelectorAll("ol.results .hit-language"), m => m.TextContent.Trim() == language.QuerySelector("span")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_facet_value_finds_nothing_without_error()
    {
        var response = await factory.CreateClient().GetAsync("/search?q=DeepSeek&lang=%3Cscript%3E&year=abc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(0, Total(page));
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_page_explains_the_query_language()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search/help");
        var text = page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent;
        foreach (var part in new[] { "title:", "author:", "lang:", "tag:", "publication:", "after:", "before:", "OR", "-Anthropic", "hégémon*", "\"marché automobile\"" })
            Assert.Contains(part, text, StringComparison.Ordinal);
        Assert.NotNull((await factory.CreateClient().GetDocumentAsync("/search?q=x")).QuerySelector("a[href='/search/help']"));
    }
}
