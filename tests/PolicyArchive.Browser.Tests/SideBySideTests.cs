using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

/// <summary>Seed 001 is a French translation, with commentary, of an English essay. With the English original added by an
/// editor and linked, a reader opens the two side by side from the translation's page: on a wide screen each paragraph
/// faces its counterpart, on a 390 px phone the two stack, and each side is marked with its language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SideBySideTests(BrowserFixture browser)
{
    private static readonly string[] EnglishParagraphs =
    [
        "A few weeks ago I made the case for stronger US export controls on chips to China.",
        "I won't focus here on whether DeepSeek is or isn't a threat to US AI companies like Anthropic.",
        "Export controls serve a vital purpose: keeping democratic nations at the forefront of AI development.",
    ];

    [Fact]
    public async Task A_reader_reads_seed_001_beside_its_english_original_on_a_wide_and_a_narrow_screen()
    {
        var translation = await SeedIdAsync("001_");
        var editor = await browser.NewPageAsync();
        await editor.GotoAsync("/account/login");
        await editor.GetByLabel("Email").FillAsync(ArchiveServer.AdminEmail);
        await editor.GetByLabel("Password").FillAsync(ArchiveServer.AdminPassword);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await editor.ExpectUrlAsync("**/admin", browser.Server);
        await editor.GotoAsync("/admin/documents/new");
        await editor.GetByLabel("Title", new() { Exact = true }).FillAsync("On DeepSeek and Export Controls");
        await editor.GetByLabel("Author(s) or speaker(s)").FillAsync("Dario Amodei");
        await editor.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("en");
        await editor.GetByLabel("Text (Markdown or plain text)").FillAsync(string.Join("\n\n", EnglishParagraphs));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await editor.ExpectUrlAsync(new System.Text.RegularExpressions.Regex("/d/[0-9a-z]{8}/on-deepseek-and-export-controls$"), browser.Server);
        var original = new Uri(editor.Url).AbsolutePath.Split('/')[2];
        await editor.GotoAsync($"/admin/documents/{translation}/edit");
        await editor.Locator("#relationType").SelectOptionAsync("TranslationOf");
        await editor.Locator("#relationTarget").FillAsync(original);
        await editor.Locator("#add-relation").ClickAsync();
        await editor.ExpectUrlAsync($"**/admin/documents/{translation}/edit**", browser.Server);

        var reader = await browser.NewPageAsync();
        await reader.SetViewportSizeAsync(1280, 900);
        await reader.GotoAsync($"/d/{translation}");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Read side by side with the original" }).ClickAsync();
        await reader.ExpectUrlAsync($"**/d/{translation}/side-by-side?with={original}", browser.Server);
        var rows = reader.Locator(".parallel-row:not(.parallel-head)");
        Assert.True(await rows.CountAsync() >= 3);
        // Every English paragraph faces something of the translation, and each side says its language.
        var matched = reader.Locator(".parallel-row:has(.original .paragraph):has(.translation .paragraph)");
        Assert.True(await matched.CountAsync() >= 1);
        var row = matched.First;
        Assert.Equal("en", await row.Locator(".original .paragraph").First.GetAttributeAsync("lang"));
        Assert.Equal("fr", await row.Locator(".translation .paragraph").First.GetAttributeAsync("lang"));
        var left = (await row.Locator(".side.original").BoundingBoxAsync())!;
        var right = (await row.Locator(".side.translation").BoundingBoxAsync())!;
        Assert.True(right.X >= left.X + left.Width, $"side by side on a wide screen: original at x={left.X} w={left.Width}, translation at x={right.X}");
        Assert.Equal(left.Y, right.Y, 1.0);

        await reader.SetViewportSizeAsync(390, 844);
        left = (await row.Locator(".side.original").BoundingBoxAsync())!;
        right = (await row.Locator(".side.translation").BoundingBoxAsync())!;
        Assert.True(right.Y >= left.Y + left.Height, $"stacked on a phone: original at y={left.Y} h={left.Height}, translation at y={right.Y}");
        Assert.True(right.X + right.Width <= 390 + 1 && left.X + left.Width <= 390 + 1, "nothing wider than the phone");
        Assert.True(await reader.Locator(".parallel-row .side-label").First.IsVisibleAsync());

        // From a search hit of the original too.
        await reader.GotoAsync("/search?q=%22forefront%20of%20AI%20development%22");
        await reader.Locator("ol.results a.side-by-side").First.ClickAsync();
        await reader.ExpectUrlAsync($"**/d/{original}/side-by-side?with={translation}", browser.Server);
        Assert.Contains("Export controls serve a vital purpose", await reader.Locator(".parallel").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<string> SeedIdAsync(string prefix)
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Server.BaseUrl) };
        var list = await http.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=100");
        foreach (var d in list.GetProperty("items").EnumerateArray())
        {
            var id = d.GetProperty("id").GetString()!;
            var full = await http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
            if (full.GetProperty("origin").GetString() is { } origin && Path.GetFileName(origin).StartsWith(prefix, StringComparison.Ordinal)) return id;
        }
        throw new InvalidOperationException("No seed " + prefix);
    }
}
