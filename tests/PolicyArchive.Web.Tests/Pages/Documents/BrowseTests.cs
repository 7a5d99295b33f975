using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

public sealed class BrowseTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task Browse_lists_every_seed_with_language_and_excerpt()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/documents");
        var items = page.QuerySelectorAll("ul.results > li");
        Assert.Equal(5, items.Length);
        Assert.All(items, li =>
        {
            Assert.NotNull(li.QuerySelector("a[href^='/d/']"));
            Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector("p")!.TextContent));
            Assert.Matches("^[a-z]{2,3}", li.QuerySelector(".meta")!.TextContent.Trim());
        });
    }

    [Theory]
    [InlineData("/documents?page=999999999", "/documents?p=1")]
    [InlineData("/documents?p=999999999", "/documents?p=1")]
    [InlineData("/documents?p=2", "/documents?p=1")]
    [InlineData("/browse/language/fr?p=999999999", "/browse/language/fr?p=1")]
    [InlineData("/browse/tag/puces?p=3", "/browse/tag/puces?p=1")]
    public async Task A_page_past_the_last_is_not_found_and_links_to_the_last_page(string url, string last)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Contains("There is no page", page.Text(".out-of-range"));
        Assert.Equal(last, page.QuerySelector(".out-of-range a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("ul.results > li"));
    }

    [Fact]
    public async Task The_first_page_asked_for_as_page_is_the_list()
    {
        var response = await factory.CreateClient().GetAsync("/documents?page=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await PageForms.ParseAsync(response)).QuerySelectorAll("ul.results > li").Length);
    }

    [Theory]
    [InlineData("/browse/author/Nobody")]
    [InlineData("/browse/publication/Nowhere%20Gazette")]
    [InlineData("/browse/language/xx")]
    [InlineData("/browse/year/1850")]
    [InlineData("/browse/tag/unknown")]
    public async Task A_value_no_document_has_is_not_found(string url)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", (await PageForms.ParseAsync(response)).Text("h1"));
    }

    [Theory]
    [InlineData("author")]
    [InlineData("publication")]
    [InlineData("language")]
    public async Task Every_value_the_facet_lists_has_its_page(string facet)
    {
        var client = factory.CreateClient();
        var values = (await client.GetDocumentAsync("/browse/" + facet)).QuerySelectorAll($"a[href^='/browse/{facet}/']")
            .Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(values);
        foreach (var href in values)
        {
            var page = await client.GetDocumentAsync(href);
            Assert.NotEmpty(page.QuerySelectorAll("a[href^='/d/']"));
        }
    }
}
