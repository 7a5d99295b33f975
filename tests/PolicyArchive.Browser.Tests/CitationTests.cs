using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CitationTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_permalink_carries_the_citation_meta_tags_and_the_copy_button_copies_the_citation()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Server.BaseUrl });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=Interconnects");
        await page.Locator("ol.results > li a").First.ClickAsync();
        await page.ExpectUrlAsync(new Regex("/d/[0-9a-z]{8}/"), browser.Server);

        async Task<string?> Meta(string name) => await page.Locator($"meta[name='{name}']").First.GetAttributeAsync("content");
        Assert.Equal("On China's open source AI trajectory", await Meta("citation_title"));
        Assert.Equal("Nathan Lambert", await Meta("citation_author"));
        Assert.Equal("en", await Meta("citation_language"));
        Assert.Equal("On China's open source AI trajectory", await Meta("DC.title"));
        Assert.Equal("Nathan Lambert", await Meta("DC.creator"));
        var jsonLd = await page.Locator("script[type='application/ld+json']").First.TextContentAsync();
        Assert.Contains("\"@type\"", jsonLd, StringComparison.Ordinal);

        var copy = page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" });
        await copy.ClickAsync();
        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("Copied.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal((await page.Locator("#citation-line").TextContentAsync())!.Trim(), copied);
        Assert.Contains("Nathan Lambert", copied, StringComparison.Ordinal);
    }
}
