using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

/// <summary>The pages under the app's own Content-Security-Policy (no inline script or style): the browser refuses
/// nothing, and the styles that used to sit inline on the search page still apply.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=puces")]
    [InlineData("/documents")]
    [InlineData(Navigation.FirstDocument)]
    public async Task The_browser_refuses_nothing_on_the_page(string path)
    {
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(message.Text);
        };
        await page.OpenAsync(path, browser.Server);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(refused.Count == 0, $"{path}:\n" + string.Join("\n", refused));
    }

    [Fact]
    public async Task The_search_page_is_laid_out_by_its_style_sheet()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/search?q=puces");
        // Filters beside the results on a wide screen, their lists without bullets, the query's words highlighted.
        Assert.Equal("grid", await page.Locator(".search-layout").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("none", await page.Locator(".facets ul").First.EvaluateAsync<string>("e => getComputedStyle(e).listStyleType"));
        Assert.Equal("rgb(255, 243, 163)", await page.Locator("ol.results mark").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }
}
