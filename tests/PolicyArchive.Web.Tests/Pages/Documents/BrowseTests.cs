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
}
