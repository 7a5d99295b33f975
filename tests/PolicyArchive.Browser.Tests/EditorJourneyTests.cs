namespace PolicyArchive.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_adds_a_source_and_a_reader_finds_it_by_search()
    {
        var editor = await browser.NewPageAsync();
        await editor.GotoAsync("/admin");
        await editor.ExpectUrlAsync("**/account/login**", browser.Server);
        await editor.GetByLabel("Email").FillAsync(ArchiveServer.AdminEmail);
        await editor.GetByLabel("Password").FillAsync(ArchiveServer.AdminPassword);
        await editor.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await editor.ExpectUrlAsync("**/admin", browser.Server);

        await editor.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Add a source" }).ClickAsync();
        await editor.GetByLabel("Title", new() { Exact = true }).FillAsync("Les quotas de puces Glimmerwick");
        await editor.GetByLabel("Author(s) or speaker(s)").FillAsync("Camille Exemple");
        await editor.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("fr");
        await editor.GetByLabel("Text (Markdown or plain text)").FillAsync("Le plan **Glimmerwick** fixe des quotas d'exportation de puces.");
        await editor.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await editor.ExpectUrlAsync(new System.Text.RegularExpressions.Regex("/d/[0-9a-z]{8}/les-quotas-de-puces-glimmerwick$"), browser.Server);
        var permalink = editor.Url;

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync("/search?q=glimmerwick");
        var hit = reader.Locator("ol.results > li a").First;
        Assert.Equal("Les quotas de puces Glimmerwick", await hit.InnerTextAsync());
        await hit.ClickAsync();
        await reader.ExpectUrlAsync(permalink + "*", browser.Server);
        Assert.Equal("Glimmerwick", await reader.Locator("article .body strong").InnerTextAsync());
    }
}
