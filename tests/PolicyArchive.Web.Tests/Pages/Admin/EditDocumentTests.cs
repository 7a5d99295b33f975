using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

public sealed class EditDocumentTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public EditDocumentTests(EditorsAppFactory app) => _app = app;

    [Fact]
    public async Task Each_save_adds_a_revision_and_the_comparison_shows_the_changed_words()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var body = "Premier paragraphe inchangé.\n\nLes États-Unis ont annoncé des contrôles stricts.\n\n" + EditorSteps.UniqueBody("révision");
        var permalink = await EditorSteps.AddByPasteAsync(client, "Annonce américaine", body);
        var id = EditorSteps.IdOf(permalink);

        var edit = await EditorSteps.EditPageAsync(client, permalink);
        var saved = await PageForms.SubmitAsync(client, edit, "#save", new Dictionary<string, string>
        {
            ["Input.Body"] = body.Replace("contrôles stricts", "contrôles renforcés", StringComparison.Ordinal),
            ["Input.Note"] = "Correction d'après l'original",
        });
        var after = await PageForms.FollowAsync(client, saved);
        Assert.Contains("Saved as revision 2", after.Text("[role=status]"));

        var history = await PageForms.GetAsync(client, $"/d/{id}/revisions");
        var rows = history.QuerySelectorAll("table.revisions tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("body", rows[0]);
        Assert.Contains("Correction d'après l'original", rows[0]);

        // Each revision links to its own page, the text as it was, by a URL that keeps showing it.
        var first = await PageForms.GetAsync(client, history.QuerySelector("#rev-1 a.revision-link")!.GetAttribute("href")!);
        Assert.EndsWith("?rev=1", first.Url, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".old-revision"));
        Assert.Contains("stricts.", first.Text(".body"), StringComparison.Ordinal);
        Assert.EndsWith("?rev=2", history.QuerySelector("#rev-2 a.revision-link")!.GetAttribute("href")!, StringComparison.Ordinal);

        var compare = await PageForms.GetAsync(client, history.QuerySelector("#rev-2 a[href*='/compare']")!.GetAttribute("href")!);
        var changed = compare.QuerySelector(".diff-changed")!;
        Assert.Equal("stricts.", changed.QuerySelector("del")!.TextContent);
        Assert.Equal("renforcés.", changed.QuerySelector("ins")!.TextContent);
        Assert.Equal(2, await _app.WithStoreAsync(db => db.Revisions.CountAsync(r => db.Documents.Any(d => d.Id == r.DocumentId && d.PublicId == id))));
        Assert.Equal(1, SearchTotal(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("\"contrôles renforcés\" révision"))));
    }

    [Fact]
    public async Task Saving_without_changes_writes_no_empty_revision()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var permalink = await EditorSteps.AddByPasteAsync(client, "Rien à changer", EditorSteps.UniqueBody("stable"));
        var after = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, await EditorSteps.EditPageAsync(client, permalink), "#save"));
        Assert.Contains("Nothing changed", after.Text("[role=status]"));
        var history = await PageForms.GetAsync(client, $"/d/{EditorSteps.IdOf(permalink)}/revisions");
        Assert.Single(history.QuerySelectorAll("table.revisions tbody tr"));
    }

    [Fact]
    public async Task Second_editor_saving_an_outdated_form_sees_a_conflict_and_keeps_their_text()
    {
        await _app.EnsureUserAsync("second@archive.test", "Second Editor 2025", "Editor");
        var first = await EditorSteps.LoggedInAsync(_app);
        var second = _app.Browser();
        await PageForms.LoginAsync(second, "second@archive.test", "Second Editor 2025");
        var body = EditorSteps.UniqueBody("conflit");
        var permalink = await EditorSteps.AddByPasteAsync(first, "Document disputé", body);

        var formOfFirst = await EditorSteps.EditPageAsync(first, permalink);
        var formOfSecond = await EditorSteps.EditPageAsync(second, permalink);
        var firstSave = await PageForms.SubmitAsync(first, formOfFirst, "#save", new Dictionary<string, string> { ["Input.Body"] = body + "\n\nAjout du premier." });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var secondText = body + "\n\nAjout du second, qui ne doit pas se perdre.";
        var conflict = await PageForms.SubmitAsync(second, formOfSecond, "#save", new Dictionary<string, string> { ["Input.Body"] = secondText });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await PageForms.ParseAsync(conflict);
        Assert.Contains("Someone else saved this document while you were editing it", page.Text("[role=alert]"));
        Assert.Contains(EditorsAppFactory.EditorEmail, page.Text("[role=alert]"));
        Assert.Equal(secondText, page.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));

        var id = EditorSteps.IdOf(permalink);
        var stored = await _app.WithStoreAsync(db => db.Documents.SingleAsync(d => d.PublicId == id));
        Assert.EndsWith("Ajout du premier.", stored.Body);
        Assert.Equal(2, stored.RevisionNumber);

        // Pressing save again from the same page still cannot overwrite the first editor's revision.
        var again = await PageForms.SubmitAsync(second, page, "#save");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.EndsWith("Ajout du premier.", (await _app.WithStoreAsync(db => db.Documents.SingleAsync(d => d.PublicId == id))).Body);
    }

    [Fact]
    public async Task Withdrawn_document_answers_410_with_title_reason_and_date_and_leaves_search()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var permalink = await EditorSteps.AddByPasteAsync(client, "À retirer", EditorSteps.UniqueBody("retrait") + " quibblefrotz");
        Assert.Equal(1, SearchTotal(await client.GetStringAsync("/api/search?q=quibblefrotz")));

        var edit = await EditorSteps.EditPageAsync(client, permalink);
        var missing = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, edit, "#withdraw"));
        Assert.Contains("Give the public reason", missing.Text("main"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(permalink)).StatusCode);

        // The page shows the day of withdrawal; around midnight UTC that is either of two days.
        var dayBefore = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var done = await PageForms.SubmitAsync(client, missing, "#withdraw", new Dictionary<string, string> { ["withdrawReason"] = "Texte publié par erreur" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var anonymous = _app.Browser();
        var gone = await anonymous.GetAsync(permalink);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var page = await PageForms.ParseAsync(gone);
        Assert.Equal("À retirer", page.Text("h1"));
        Assert.Contains("Texte publié par erreur", page.Text("main"));
        var dayAfter = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Assert.True(page.Text("main").Contains(dayBefore, StringComparison.Ordinal) || page.Text("main").Contains(dayAfter, StringComparison.Ordinal));
        Assert.Equal(0, SearchTotal(await anonymous.GetStringAsync("/api/search?q=quibblefrotz")));

        // Reinstating brings it back; the revisions were kept all along.
        var reinstate = await PageForms.SubmitAsync(client, await EditorSteps.EditPageAsync(client, permalink), "#reinstate");
        Assert.Equal(HttpStatusCode.Redirect, reinstate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(permalink)).StatusCode);
        Assert.Equal(1, SearchTotal(await anonymous.GetStringAsync("/api/search?q=quibblefrotz")));
    }

    [Fact]
    public async Task Administrator_deletes_for_real_leaving_a_tombstone_and_an_audit_entry()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Demande légale", EditorSteps.UniqueBody("suppression") + " blorptastic");
        var id = EditorSteps.IdOf(permalink);

        var edit = await EditorSteps.EditPageAsync(admin, permalink);
        var unconfirmed = await PageForms.ParseAsync(await PageForms.SubmitAsync(admin, edit, "#delete", new Dictionary<string, string> { ["deleteReason"] = "Décision de justice" }));
        Assert.Contains("Tick the box to confirm", unconfirmed.Text("main"));
        Assert.Equal(1, await _app.WithStoreAsync(db => db.Documents.CountAsync(d => d.PublicId == id)));

        var deleted = await PageForms.SubmitAsync(admin, unconfirmed, "#delete", new Dictionary<string, string> { ["deleteReason"] = "Décision de justice", ["deleteConfirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var gone = await _app.Browser().GetAsync(permalink);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var page = await PageForms.ParseAsync(gone);
        Assert.Equal("Demande légale", page.Text("h1"));
        Assert.Contains("Décision de justice", page.Text("main"));
        Assert.Equal(0, await _app.WithStoreAsync(db => db.Documents.CountAsync(d => d.PublicId == id)));
        Assert.Equal(0, await _app.WithStoreAsync(db => db.Revisions.CountAsync(r => r.Title == "Demande légale")));
        Assert.Equal(0, SearchTotal(await admin.GetStringAsync("/api/search?q=blorptastic")));
        var audit = await _app.WithStoreAsync(db => db.AuditEntries.Where(a => a.DocumentPublicId == id).Select(a => a.Action).ToListAsync());
        Assert.Contains("document.delete", audit);
    }

    [Fact]
    public async Task Editor_cannot_delete_even_by_posting_the_handler_directly()
    {
        var editor = await EditorSteps.LoggedInAsync(_app);
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Pas supprimable", EditorSteps.UniqueBody("protégé"));
        var edit = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Null(edit.QuerySelector("#delete"));
        var token = edit.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var response = await editor.PostAsync($"/admin/documents/{EditorSteps.IdOf(permalink)}/edit?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["deleteReason"] = "essai",
            ["deleteConfirm"] = "true",
        }));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/account/denied", StringComparison.Ordinal) == true,
            $"answered {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(permalink)).StatusCode);
    }

    private static int SearchTotal(string json) => JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
}
