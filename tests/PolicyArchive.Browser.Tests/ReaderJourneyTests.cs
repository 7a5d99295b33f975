using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_searches_from_the_home_page_and_opens_a_permalink()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Search essays, hearings and commentary").FillAsync("CoreWeave");
        await page.GetByLabel("Search essays, hearings and commentary").PressAsync("Enter");

        await page.ExpectUrlAsync("**/search?q=CoreWeave", browser.Server);
        var first = page.Locator("ol.results > li a").First;
        var title = await first.InnerTextAsync();
        Assert.Contains("CoreWeave", title, StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.results mark").CountAsync() > 0);

        await first.ClickAsync();
        await page.ExpectUrlAsync(new System.Text.RegularExpressions.Regex("/d/[0-9a-z]{8}/"), browser.Server);
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Lisa Su", await page.Locator("article .body").InnerTextAsync(), StringComparison.Ordinal);
    }
}
