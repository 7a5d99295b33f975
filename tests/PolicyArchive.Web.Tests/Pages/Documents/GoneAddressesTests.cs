using System.Net;
using System.Text.Json;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

/// <summary>Every address derived from a permalink keeps answering once its document is withdrawn or deleted: 410 with
/// the reason, as the permalink does, never 404. A reader follows these links years later.</summary>
public sealed class GoneAddressesTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    /// <summary>Each address a reader or a tool may hold for a document with two revisions.</summary>
    private static string[] AddressesOf(string id, string anchor) =>
    [
        $"/d/{id}", $"/d/{id}/any-slug", $"/d/{id}/any-slug?rev=1",
        $"/d/{id}/cite.bib", $"/d/{id}/cite.ris", $"/d/{id}/cite.json", $"/d/{id}/cite.bib?rev=1", $"/d/{id}/cite.json?rev=1&p={anchor}",
        $"/d/{id}/revisions", $"/d/{id}/compare?a=1&b=2", $"/d/{id}/side-by-side",
        $"/api/documents/{id}", $"/api/documents/{id}/relations", $"/api/documents/{id}/revisions", $"/api/documents/{id}/revisions/1",
    ];

    [Fact]
    public async Task Every_address_of_a_withdrawn_translation_answers_410_and_side_by_side_names_it_and_leads_to_the_original()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var (original, translation) = await TranslationPair.AddAsync(editor, " (retirée)");
        var anchor = await ReviseAsync(editor, translation);
        var reader = app.Browser();
        var pairLink = $"/d/{original}/side-by-side?with={translation}";
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(pairLink)).StatusCode);
        foreach (var url in AddressesOf(translation, anchor).Where(u => !u.Contains("any-slug", StringComparison.Ordinal)))
            Assert.True((int)(await reader.GetAsync(url)).StatusCode < 400, url);

        var edit = await EditorSteps.EditPageAsync(editor, $"/d/{translation}");
        var withdrawn = await PageForms.SubmitAsync(editor, edit, "#withdraw", new Dictionary<string, string> { ["withdrawReason"] = "Droits de traduction retirés" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        await AssertAllGoneAsync(reader, translation, anchor, "Sur les contrôles à l'exportation (retirée)", "Droits de traduction retirés");

        // The pair's old link, from the original's side: 410 naming the withdrawn translation, and the original one click away.
        var pair = await reader.GetAsync(pairLink);
        Assert.Equal(HttpStatusCode.Gone, pair.StatusCode);
        var page = await PageForms.ParseAsync(pair);
        Assert.Equal("Sur les contrôles à l'exportation (retirée)", page.Text("h1"));
        Assert.Contains("Droits de traduction retirés", page.Text("main"));
        var onward = page.QuerySelector(".remaining a")!;
        Assert.Equal("On export controls (retirée)", onward.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(onward.GetAttribute("href")!)).StatusCode);
        // The original's own addresses are untouched; an id no document ever had is still 404.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/d/{original}/cite.bib")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/d/zzzzzzzz/cite.bib")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/d/{original}/side-by-side?with=zzzzzzzz")).StatusCode);
    }

    [Fact]
    public async Task Every_address_of_a_deleted_document_answers_410_with_the_reason()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var (original, translation) = await TranslationPair.AddAsync(admin, " (supprimée)");
        var anchor = await ReviseAsync(admin, original);

        var edit = await EditorSteps.EditPageAsync(admin, $"/d/{original}");
        var deleted = await PageForms.SubmitAsync(admin, edit, "#delete", new Dictionary<string, string> { ["deleteReason"] = "Décision de justice", ["deleteConfirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var reader = app.Browser();
        await AssertAllGoneAsync(reader, original, anchor, "On export controls (supprimée)", "Décision de justice");
        // The editors' old link to its edit page too.
        await AssertAllGoneAsync(admin, [$"/admin/documents/{original}/edit"], "On export controls (supprimée)", "Décision de justice");
        // Seen from the translation, the pair's link names the deleted original and leads to the translation.
        var pair = await reader.GetAsync($"/d/{translation}/side-by-side?with={original}");
        Assert.Equal(HttpStatusCode.Gone, pair.StatusCode);
        var page = await PageForms.ParseAsync(pair);
        Assert.Equal("On export controls (supprimée)", page.Text("h1"));
        Assert.StartsWith($"/d/{translation}/", page.QuerySelector(".remaining a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    private static Task AssertAllGoneAsync(HttpClient reader, string id, string anchor, string title, string reason) =>
        AssertAllGoneAsync(reader, AddressesOf(id, anchor), title, reason);

    private static async Task AssertAllGoneAsync(HttpClient reader, IEnumerable<string> addresses, string title, string reason)
    {
        foreach (var url in addresses)
        {
            var response = await reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Gone, $"{url} answered {(int)response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                var problem = JsonDocument.Parse(text).RootElement;
                Assert.Equal(title, problem.GetProperty("documentTitle").GetString());
                Assert.Equal(reason, problem.GetProperty("reason").GetString());
            }
            else
            {
                var page = await PageForms.ParseAsync(response);
                Assert.Equal(title, page.Text("h1"));
                Assert.Contains(reason, page.Text("main"), StringComparison.Ordinal);
            }
        }
    }

    /// <summary>A second revision, so ?rev=1 and the comparison are addresses the document really had; returns the anchor
    /// of revision 1's first paragraph, for a passage's citation.</summary>
    private static async Task<string> ReviseAsync(HttpClient editor, string id)
    {
        var edit = await EditorSteps.EditPageAsync(editor, $"/d/{id}");
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent;
        var saved = await PageForms.SubmitAsync(editor, edit, "#save", new Dictionary<string, string> { ["Input.Body"] = body.TrimEnd() + "\n\nParagraphe ajouté.", ["Input.Note"] = "Seconde révision" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var first = await PageForms.FollowAsync(editor, await editor.GetAsync($"/d/{id}/x?rev=1"));
        return first.QuerySelector(".document [id^='p-']")!.Id!;
    }
}
