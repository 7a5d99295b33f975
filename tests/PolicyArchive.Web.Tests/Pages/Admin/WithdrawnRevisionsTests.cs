using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>"Revisions are kept", says the withdraw form: a signed-in editor reads a withdrawn document's history, each
/// revision and their comparison; readers get 410 there as at the permalink. A deleted document's revisions went with it.</summary>
public sealed class WithdrawnRevisionsTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    [Fact]
    public async Task An_editor_reads_the_kept_revisions_of_a_withdrawn_document_and_a_reader_gets_410()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var first = EditorSteps.UniqueBody("conservée");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Texte retiré mais conservé", first);
        var id = EditorSteps.IdOf(permalink);
        var edit = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(editor, edit, "#save", new Dictionary<string, string> { ["Input.Body"] = first + "\n\nParagraphe de la seconde révision." })).StatusCode);
        edit = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(editor, edit, "#withdraw", new Dictionary<string, string> { ["withdrawReason"] = "Source contestée" })).StatusCode);

        // From the edit page's own link, as an editor would go.
        edit = await EditorSteps.EditPageAsync(editor, permalink);
        var historyLink = edit.QuerySelectorAll("a").Single(a => a.TextContent == "Revision history").GetAttribute("href")!;
        var history = await PageForms.GetAsync(editor, historyLink);
        Assert.Contains("Source contestée", history.Text(".withdrawn-notice"));
        Assert.Equal(2, history.QuerySelectorAll("table.revisions tbody tr").Length);

        var revision1 = history.QuerySelector("#rev-1 a.revision-link")!.GetAttribute("href")!;
        var old = await PageForms.GetAsync(editor, revision1);
        Assert.Contains("Source contestée", old.Text(".withdrawn-notice"));
        Assert.DoesNotContain("seconde révision", old.Text(".body"), StringComparison.Ordinal);
        Assert.Null(old.QuerySelector("#cite"));
        var latest = await PageForms.GetAsync(editor, history.QuerySelector("#rev-2 a.revision-link")!.GetAttribute("href")!);
        Assert.Contains("seconde révision", latest.Text(".body"), StringComparison.Ordinal);
        var compare = await PageForms.GetAsync(editor, $"/d/{id}/compare?a=1&b=2");
        Assert.Contains("seconde révision", compare.Text("main"), StringComparison.Ordinal);

        // The permalink itself stays 410 for the editor too, and leads to the kept history.
        var gone = await editor.GetAsync(permalink);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal($"/d/{id}/revisions", (await PageForms.ParseAsync(gone)).QuerySelector(".kept-revisions a")!.GetAttribute("href"));

        var reader = app.Browser();
        foreach (var url in new[] { historyLink, revision1, $"/d/{id}/compare?a=1&b=2", permalink })
        {
            var response = await reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Gone, $"{url}: {(int)response.StatusCode}");
            var page = await PageForms.ParseAsync(response);
            Assert.Contains("Source contestée", page.Text("main"));
            Assert.Null(page.QuerySelector(".kept-revisions"));
            Assert.DoesNotContain("seconde révision", page.Text("main"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_deleted_documents_revisions_are_gone_for_editors_too()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Texte supprimé", EditorSteps.UniqueBody("supprimé"));
        var id = EditorSteps.IdOf(permalink);
        var edit = await EditorSteps.EditPageAsync(admin, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, edit, "#delete", new Dictionary<string, string> { ["deleteReason"] = "Demande légale", ["deleteConfirm"] = "true" })).StatusCode);

        foreach (var url in new[] { $"/d/{id}/revisions", $"{permalink}?rev=1", permalink })
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Gone, $"{url}: {(int)response.StatusCode}");
            var page = await PageForms.ParseAsync(response);
            Assert.Contains("Demande légale", page.Text("main"));
            Assert.Null(page.QuerySelector(".kept-revisions"));
        }
    }
}
