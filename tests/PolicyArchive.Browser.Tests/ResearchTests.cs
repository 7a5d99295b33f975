using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

/// <summary>The researcher's tools in a real Chromium: filters folded on a phone, "cite this passage" copying the
/// paragraph's revision URL, and a timeline bar narrowing the results.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResearchTests(BrowserFixture browser)
{
    private async Task<IBrowserContext> ContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = browser.Server.BaseUrl;
        var context = await browser.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    [Fact]
    public async Task On_a_390px_screen_the_filters_fold_behind_a_button_and_the_first_result_is_on_the_first_screen()
    {
        await using var context = await ContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=DeepSeek");
        var facets = page.Locator("aside.facets");
        await Assertions.Expect(facets).ToBeHiddenAsync();
        var first = page.Locator("ol.results > li h2").First;
        await Assertions.Expect(first).ToBeInViewportAsync();

        var toggle = page.Locator("details.facets-panel > summary");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(facets).ToBeVisibleAsync();
        await Assertions.Expect(facets.Locator("h2", new() { HasText = "Language" })).ToBeVisibleAsync();

        // On a wide screen the filters are open beside the results, with no toggle.
        await page.SetViewportSizeAsync(1280, 900);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("aside.facets")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("details.facets-panel > summary")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Cite_this_passage_copies_the_revision_url_with_the_paragraph_anchor()
    {
        await using var context = await ContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=Interconnects");
        await page.Locator("ol.results > li h2 a").First.ClickAsync();
        await page.ExpectUrlAsync(new Regex("/d/[0-9a-z]{8}/"), browser.Server);

        var paragraph = page.Locator("article .body [id^='p-']").Last;
        var anchor = (await paragraph.GetAttributeAsync("id"))!;
        var link = paragraph.Locator("a.cite-passage");
        var href = (await link.GetAttributeAsync("href"))!;
        Assert.Matches(new Regex("^http://127\\.0\\.0\\.1:\\d+/d/[0-9a-z]{8}/[^?#]+\\?rev=\\d+#" + Regex.Escape(anchor) + "$"), href);

        await link.ClickAsync();
        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("Passage link copied.");
        Assert.Equal(href, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        var panel = page.Locator("#passage-cite");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        var bib = (await panel.Locator("a.passage-bib").GetAttributeAsync("href"))!;
        Assert.EndsWith("&p=" + anchor, bib, StringComparison.Ordinal);
        var bibText = await (await page.APIRequest.GetAsync(bib)).TextAsync();
        Assert.Contains("Passage: " + href.Replace("#", "\\#", StringComparison.Ordinal), bibText, StringComparison.Ordinal);

        // The copied URL opens that revision at that paragraph.
        var reader = await context.NewPageAsync();
        await reader.GotoAsync(href);
        await Assertions.Expect(reader.Locator("#" + anchor)).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Clicking_a_timeline_bar_narrows_the_results_to_its_year_then_its_month()
    {
        await using var context = await ContextAsync();
        var editor = await context.NewPageAsync();
        await editor.GotoAsync("/admin");
        await editor.ExpectUrlAsync("**/account/login**", browser.Server);
        await editor.GetByLabel("Email").FillAsync(ArchiveServer.AdminEmail);
        await editor.GetByLabel("Password").FillAsync(ArchiveServer.AdminPassword);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await editor.ExpectUrlAsync("**/admin", browser.Server);
        foreach (var (title, date) in new[] { ("Quillmorrow en mars", "2024-03"), ("Quillmorrow en juillet", "2024-07-14"), ("Quillmorrow l'an suivant", "2025-01") })
        {
            await editor.GotoAsync("/admin/documents/new");
            await editor.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
            await editor.GetByLabel("Author(s) or speaker(s)").FillAsync("Camille Exemple");
            await editor.GetByLabel("Publication date").FillAsync(date);
            await editor.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("fr");
            // Texts that share nothing but the word searched, so the duplicate check has nothing to ask.
            var words = string.Join(' ', Guid.NewGuid().ToString("N").Select(c => "mot" + c + Guid.NewGuid().ToString("N")[..4]));
            await editor.GetByLabel("Text (Markdown or plain text)").FillAsync($"{title} : Quillmorrow. {words}.");
            await editor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
            await editor.ExpectUrlAsync(new Regex("/d/[0-9a-z]{8}/"), browser.Server);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=quillmorrow");
        await Assertions.Expect(page.Locator("ol.results > li")).ToHaveCountAsync(3);
        var year = page.GetByRole(AriaRole.Link, new() { Name = "2024: 2 document(s)" });
        await year.ClickAsync();
        await page.ExpectUrlAsync(new Regex("year=2024"), browser.Server);
        await Assertions.Expect(page.Locator("ol.results > li")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "March 2024: 1 document(s)" }).ClickAsync();
        await page.ExpectUrlAsync(new Regex("month=2024-03"), browser.Server);
        await Assertions.Expect(page.Locator("ol.results > li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("ol.results > li h2")).ToHaveTextAsync("Quillmorrow en mars");
    }
}
