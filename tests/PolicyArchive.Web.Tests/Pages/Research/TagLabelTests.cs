using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Research;

/// <summary>Tags have a label per interface language, edited on the tags page, shown in facets, hits and document pages,
/// and matched by tag:; the home page's tag links all lead to a tag's page.</summary>
public sealed class TagLabelTests(ResearchAppFactory app) : IClassFixture<ResearchAppFactory>
{
    [Fact]
    public async Task An_english_label_shows_in_english_facets_hits_and_document_pages_and_tag_finds_it()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var tags = await PageForms.GetAsync(editor, "/admin/tags");
        var saved = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, tags, "tr[data-tag='senat-americain'] button.save-labels",
            new Dictionary<string, string> { ["labelEn"] = "US Senate" }));
        Assert.Contains("Labels saved", saved.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("US Senate", saved.QuerySelector("tr[data-tag='senat-americain'] input[name=labelEn]")!.GetAttribute("value"));

        var reader = app.Browser();
        var results = await PageForms.GetAsync(reader, "/search?q=" + Uri.EscapeDataString("tag:\"US Senate\""));
        var hit = Assert.Single(results.QuerySelectorAll("ol.results > li"));
        Assert.Contains("US Senate", hit.QuerySelectorAll(".hit-tags a").Select(a => a.TextContent));
        Assert.Contains(results.QuerySelectorAll(".facets a span:first-child"), s => s.TextContent == "US Senate");

        var document = await PageForms.GetAsync(reader, hit.QuerySelector("h2 a")!.GetAttribute("href")!.Split('?')[0]);
        var link = document.QuerySelectorAll("ul.tags a[rel=tag]").Single(a => a.TextContent == "US Senate");
        Assert.Equal("/browse/tag/senat-americain", link.GetAttribute("href"));

        // In French the tag keeps its French name.
        var french = app.Browser();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var frResults = await PageForms.GetAsync(french, "/search?q=" + Uri.EscapeDataString("tag:\"US Senate\""));
        Assert.Contains("Sénat américain", frResults.QuerySelectorAll("ol.results .hit-tags a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_home_pages_tag_links_each_lead_to_a_tag_page()
    {
        var client = app.Browser();
        var home = await PageForms.GetAsync(client, "/");
        var links = home.QuerySelectorAll("a[rel=tag]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            Assert.Matches("^/browse/tag/[^/]+$", href);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        }
    }
}
