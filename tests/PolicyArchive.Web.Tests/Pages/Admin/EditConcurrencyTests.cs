using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>What an editor sees when the document changed under their open form (deleted, withdrawn), and forms that
/// were tampered with: a clear message, the typed text kept, nothing saved.</summary>
public sealed class EditConcurrencyTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    [Fact]
    public async Task Saving_a_document_deleted_meanwhile_says_who_deleted_it_and_keeps_the_text()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var editor = await EditorSteps.LoggedInAsync(app);
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Supprimé pendant l'édition", EditorSteps.UniqueBody("supprimé"));
        var id = EditorSteps.IdOf(permalink);
        var editorsForm = await EditorSteps.EditPageAsync(editor, permalink);

        var deleted = await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#delete",
            new Dictionary<string, string> { ["deleteReason"] = "Demande de l'auteur", ["deleteConfirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var typed = "Le texte que l'éditeur a tapé et ne veut pas perdre.";
        var response = await PageForms.SubmitAsync(editor, editorsForm, "#save", new Dictionary<string, string> { ["Input.Body"] = typed });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        var alert = page.Text("[role=alert]");
        Assert.Contains("deleted while you were editing it", alert);
        Assert.Contains(ArchiveAppFactory.AdminEmail, alert);
        Assert.Contains("Demande de l'auteur", alert);
        Assert.Equal(typed, page.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value);
        Assert.Null(page.QuerySelector("#save"));
        Assert.Equal(0, await app.WithStoreAsync(db => db.Documents.CountAsync(d => d.PublicId == id)));

        // A side form posted on the deleted document says the same instead of failing.
        var withdraw = await PageForms.SubmitAsync(editor, editorsForm, "#withdraw", new Dictionary<string, string> { ["withdrawReason"] = "trop tard" });
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Contains("deleted while you were editing it", (await PageForms.ParseAsync(withdraw)).Text("[role=alert]"));
    }

    [Fact]
    public async Task The_conflict_names_the_withdrawal_that_happened_not_the_creation()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var editor = await EditorSteps.LoggedInAsync(app);
        var body = EditorSteps.UniqueBody("retiré");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Retiré pendant l'édition", body);
        var editorsForm = await EditorSteps.EditPageAsync(editor, permalink);

        var withdrawn = await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = "Version pirate du texte" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var typed = body + "\n\nAjout pendant le retrait.";
        var response = await PageForms.SubmitAsync(editor, editorsForm, "#save", new Dictionary<string, string> { ["Input.Body"] = typed });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        var alert = page.Text("[role=alert]");
        Assert.Contains("withdrew this document while you were editing it", alert);
        Assert.Contains(ArchiveAppFactory.AdminEmail, alert);
        Assert.Contains("Version pirate du texte", alert);
        Assert.DoesNotContain("revision 1", alert);
        Assert.Equal(typed, page.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    public async Task A_tampered_version_says_the_form_is_out_of_date_and_keeps_the_text(string version)
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var body = EditorSteps.UniqueBody("version");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Version trafiquée", body);
        var typed = body + "\n\nAjout à garder.";
        var response = await PageForms.SubmitAsync(editor, await EditorSteps.EditPageAsync(editor, permalink), "#save",
            new Dictionary<string, string> { ["Input.Body"] = typed, ["Version"] = version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Contains("This form is out of date", page.Text("[role=alert]"));
        Assert.Equal(typed, page.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
        var id = EditorSteps.IdOf(permalink);
        Assert.Equal(1, await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => d.RevisionNumber).SingleAsync()));
    }

    [Fact]
    public async Task Withdrawing_an_already_withdrawn_document_is_refused_and_keeps_its_reason()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var editor = await EditorSteps.LoggedInAsync(app);
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Retiré deux fois", EditorSteps.UniqueBody("deux fois"));
        var id = EditorSteps.IdOf(permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = "Première raison" })).StatusCode);

        // The withdrawn document's page has no withdraw form: the handler is posted with the page's current version.
        var page = await EditorSteps.EditPageAsync(editor, permalink);
        var response = await editor.PostAsync($"/admin/documents/{id}/edit?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["Version"] = page.QuerySelector<IHtmlInputElement>("#reinstate-version")!.Value,
            ["withdrawReason"] = "Seconde raison",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = (await PageForms.ParseAsync(response)).Text("[role=alert]");
        Assert.Contains("already withdrawn", alert);
        Assert.Contains(ArchiveAppFactory.AdminEmail, alert);
        Assert.Contains("Première raison", alert);
        Assert.Contains("Première raison", (await PageForms.ParseAsync(await app.Browser().GetAsync(permalink))).Text("main"));
    }

    [Fact]
    public async Task An_unknown_relation_type_is_refused_and_adds_nothing()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var from = await EditorSteps.AddByPasteAsync(editor, "Relation source", EditorSteps.UniqueBody("relation source"));
        var to = await EditorSteps.AddByPasteAsync(editor, "Relation cible", EditorSteps.UniqueBody("relation cible"));
        var response = await PageForms.SubmitAsync(editor, await EditorSteps.EditPageAsync(editor, from), "#add-relation",
            new Dictionary<string, string> { ["relationType"] = "Bogus", ["relationTarget"] = EditorSteps.IdOf(to) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose a relation type.", (await PageForms.ParseAsync(response)).Text("#relationType-error"));
        var fromId = EditorSteps.IdOf(from);
        Assert.Equal(0, await app.WithStoreAsync(db => db.Relations.CountAsync(r => db.Documents.Any(d => d.Id == r.FromDocumentId && d.PublicId == fromId))));
        Assert.DoesNotContain("Relation cible", (await EditorSteps.EditPageAsync(editor, from)).Text("#relations-heading + *"));
    }
}
