using System.Net;
using System.Security.Cryptography;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

/// <summary>What a reader checks in "Where this description comes from": the values themselves, where each comes from,
/// whether the text gave the same, another or no value; the file the text came from; and a SHA-256 that says what it is
/// computed on and does not move when an editor corrects the text.</summary>
public sealed class ProvenanceTests(ArchiveAppFactory app) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task The_provenance_table_shows_values_and_tells_same_from_nothing_found()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var id = await SeedDocuments.IdOfSeedAsync(client, "003_");
        var page = await PageForms.FollowAsync(client, await client.GetAsync($"/d/{id}"));

        // The podcast page names Interconnects but not its author: the editor added him, the text gave nothing.
        var authors = page.QuerySelector("details.provenance tr[data-field='authors']")!;
        Assert.Equal("Nathan Lambert", authors.QuerySelector("td.shown")!.TextContent.Trim());
        Assert.Equal("from the archive's curation", authors.QuerySelector("td.source")!.TextContent.Trim());
        Assert.Equal("NothingFound", authors.GetAttribute("data-found"));
        Assert.Equal("nothing found", authors.QuerySelector("td.found")!.TextContent.Trim());
        // No cell holds a label where a value belongs, and "—" no longer stands for two things.
        foreach (var row in page.QuerySelectorAll("details.provenance tbody tr"))
        {
            Assert.DoesNotContain(row.QuerySelector("td.shown")!.TextContent.Trim(), new[] { "entered by an editor", "from the archive's curation", "extracted from the text" });
            Assert.NotEqual("—", row.QuerySelector("td.found")!.TextContent.Trim());
            if (row.GetAttribute("data-found") == "SameAsShown") Assert.Equal("the same value", row.QuerySelector("td.found")!.TextContent.Trim());
        }

        Assert.Equal("003_50d4e848dd70f24a.txt", page.Text("dd.origin"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seeds, "003_50d4e848dd70f24a.txt"))));
        Assert.Equal(sha, page.Text("code.sha"));
        Assert.Contains(page.QuerySelectorAll("dl.meta dt"), dt => dt.TextContent == "SHA-256 of the source as received");
    }

    [Fact]
    public async Task An_edited_text_keeps_the_hash_of_the_source_it_came_from()
    {
        var editor = await app.LoggedInClientAsync();
        var id = await SeedDocuments.IdOfSeedAsync(editor, "002_");
        var before = (await PageForms.FollowAsync(editor, await editor.GetAsync($"/d/{id}"))).Text("code.sha");
        var edit = await PageForms.GetAsync(editor, $"/admin/documents/{id}/edit");
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent;
        var saved = await PageForms.SubmitAsync(editor, edit, "#save", new Dictionary<string, string> { ["Input.Body"] = body + "\n\nNote de l'éditeur : paragraphe ajouté." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await PageForms.FollowAsync(editor, await editor.GetAsync($"/d/{id}"));
        Assert.Contains("paragraphe ajouté", after.Text(".body"), StringComparison.Ordinal);
        Assert.Equal(before, after.Text("code.sha"));
        Assert.Equal("002_278ecee849c6d4d4.txt", after.Text("dd.origin"));
    }
}
