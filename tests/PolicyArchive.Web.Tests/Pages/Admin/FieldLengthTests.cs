using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>Values longer than their column (which PostgreSQL refuses and SQLite stored) get a message next to their field,
/// the form comes back with what was typed, and nothing is saved. The display name an administrator gives a new account
/// follows the account page's own rule.</summary>
public sealed class FieldLengthTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public FieldLengthTests(EditorsAppFactory app) => _app = app;

    private static string Value(IDocument page, string selector) => page.QuerySelector(selector) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        _ => throw new InvalidOperationException($"No field {selector}"),
    };

    [Theory]
    [InlineData("Input.Tags", "Each tag has at most 100 characters")]
    [InlineData("Input.Authors", "Each author's name has at most 300 characters")]
    public async Task A_tag_or_author_longer_than_its_column_is_refused_next_to_the_field_and_the_form_keeps_the_text(string field, string message)
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var title = "Trop long " + Guid.NewGuid().ToString("N");
        var tooLong = "court; " + new string('x', field == "Input.Tags" ? 450 : 900);
        if (field == "Input.Tags") tooLong = tooLong.Replace(';', ',');
        var fields = EditorSteps.Fields(title, EditorSteps.UniqueBody("longueur"));
        fields[field] = tooLong;
        var page = await PageForms.GetAsync(admin, "/admin/documents/new");
        var response = await PageForms.SubmitAsync(admin, page, "#save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PageForms.ParseAsync(response);
        Assert.Contains(message, form.Text($"[data-valmsg-for='{field}']"));
        Assert.Equal(tooLong, Value(form, $"[name='{field}']"));
        Assert.Equal(title, Value(form, "[name='Input.Title']"));
        Assert.Equal(0, await _app.WithStoreAsync(db => db.Documents.CountAsync(d => d.Title == title)));
    }

    [Fact]
    public async Task A_withdrawal_or_deletion_reason_longer_than_its_column_is_refused_and_the_document_stays()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Retrait " + Guid.NewGuid().ToString("N"), EditorSteps.UniqueBody("retrait"));
        var id = EditorSteps.IdOf(permalink);
        var reason = new string('r', 10_000);

        var withdraw = await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = reason });
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        var page = await PageForms.ParseAsync(withdraw);
        Assert.Contains("A reason has at most 2000 characters.", page.QuerySelector("#withdrawReason")!.ParentElement!.TextContent);
        Assert.Equal(reason, Value(page, "#withdrawReason"));

        var delete = await PageForms.SubmitAsync(admin, page, "#delete",
            new Dictionary<string, string> { ["deleteReason"] = reason, ["deleteConfirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        page = await PageForms.ParseAsync(delete);
        Assert.Contains("A reason has at most 2000 characters.", page.QuerySelector("#deleteReason")!.ParentElement!.TextContent);
        Assert.Equal(reason, Value(page, "#deleteReason"));

        Assert.Equal(DocumentStatus.Published, await _app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => d.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync(permalink)).StatusCode);
    }

    [Fact]
    public async Task A_relation_note_longer_than_its_column_is_refused_next_to_the_field_and_nothing_is_related()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var from = await EditorSteps.AddByPasteAsync(admin, "Réponse " + Guid.NewGuid().ToString("N"), EditorSteps.UniqueBody("réponse"));
        var to = EditorSteps.IdOf(await EditorSteps.AddByPasteAsync(admin, "Original " + Guid.NewGuid().ToString("N"), EditorSteps.UniqueBody("original")));
        var note = string.Concat(Enumerable.Repeat("Une note bien trop longue. ", 140));

        var response = await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, from), "#add-relation", new Dictionary<string, string>
        {
            ["relationType"] = "RespondsTo",
            ["relationTarget"] = to,
            ["relationNote"] = note,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Equal("A note has at most 2000 characters.", page.Text("#relationNote-error"));
        Assert.Equal(note, Value(page, "#relationNote"));
        Assert.Equal(to, Value(page, "#relationTarget"));
        Assert.Equal("RespondsTo", ((IHtmlSelectElement)page.QuerySelector("#relationType")!).Value);
        var fromId = EditorSteps.IdOf(from);
        Assert.False(await _app.WithStoreAsync(db => db.Relations.AnyAsync(r => r.From.PublicId == fromId)));
    }

    [Fact]
    public async Task Creating_an_account_refuses_the_display_name_the_account_page_refuses()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        const string name = "ed\u0001itor <b>x</b> me@evil.org";
        var email = $"nouvelle.{Guid.NewGuid():N}@archive.test";
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        var response = await PageForms.SubmitAsync(admin, page, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Password"] = "a long enough password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PageForms.ParseAsync(response);
        Assert.Equal("Choose a name without an e-mail address or control characters.", form.Text("[data-valmsg-for='Input.DisplayName']"));
        Assert.Equal(email, Value(form, "[name='Input.Email']"));
        Assert.Equal(name, Value(form, "[name='Input.DisplayName']"));
        Assert.False(await _app.WithStoreAsync(db => db.Users.AnyAsync(u => u.Email == email)));

        // The account page says the same of the same name.
        var account = await PageForms.GetAsync(admin, "/account");
        var refused = await PageForms.SubmitAsync(admin, account, "#save-name", new Dictionary<string, string> { ["DisplayName"] = name });
        Assert.Equal("Choose a name without an e-mail address or control characters.", (await PageForms.ParseAsync(refused)).Text("[data-valmsg-for='DisplayName']"));
    }
}
