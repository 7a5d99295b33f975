using System.Net;
using AngleSharp.Dom;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

public sealed class AccountsTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public AccountsTests(EditorsAppFactory app) => _app = app;

    [Fact]
    public async Task Administrator_creates_an_editor_who_can_then_log_in_and_edit_but_not_manage_accounts()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        var created = await PageForms.SubmitAsync(admin, page, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "nouvelle@archive.test",
            ["Input.Password"] = "un mot de passe long",
            ["Input.Role"] = "Editor",
        });
        var list = await PageForms.FollowAsync(admin, created);
        Assert.Contains("Account nouvelle@archive.test created as Editor", list.Text("[role=status]"));

        var editor = _app.Browser();
        await PageForms.LoginAsync(editor, "nouvelle@archive.test", "un mot de passe long");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/documents/new")).StatusCode);
        foreach (var adminOnly in new[] { "/admin/accounts", "/admin/audit" })
        {
            var refused = await editor.GetAsync(adminOnly);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Account_form_shows_messages_next_to_its_fields()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        var response = await PageForms.SubmitAsync(admin, page, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "pas-une-adresse",
            ["Input.Password"] = "court",
        });
        var result = await PageForms.ParseAsync(response);
        Assert.Equal("Enter a valid email address.", result.Text("[data-valmsg-for='Input.Email']"));

        var again = await PageForms.SubmitAsync(admin, result, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "court@archive.test",
            ["Input.Password"] = "court",
        });
        Assert.Contains("at least 12 characters", (await PageForms.ParseAsync(again)).Text("[data-valmsg-for='Input.Password']"));
    }

    [Fact]
    public async Task Account_errors_from_identity_are_in_french_in_the_french_interface()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/culture/fr?returnUrl=/")).StatusCode);
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        var tooShort = await PageForms.ParseAsync(await PageForms.SubmitAsync(admin, page, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "court@archive.test",
            ["Input.Password"] = "court",
        }));
        Assert.Equal("Le mot de passe doit compter au moins 12 caractères ; quelques mots à la suite en font un bon.", tooShort.Text("[data-valmsg-for='Input.Password']"));

        // A valid email that Identity refuses as a user name (an accented letter): its message too.
        var accented = await PageForms.ParseAsync(await PageForms.SubmitAsync(admin, tooShort, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "josé@archive.test",
            ["Input.Password"] = "un mot de passe long",
        }));
        Assert.StartsWith("« josé@archive.test » ne peut pas servir de nom d'utilisateur", accented.Text("[data-valmsg-for='Input.Email']"), StringComparison.Ordinal);

        var manage = await PageForms.GetAsync(admin, "/account");
        var wrong = await PageForms.ParseAsync(await PageForms.SubmitAsync(admin, manage, "#change-password", new Dictionary<string, string>
        {
            ["Password.Current"] = "pas le bon mot de passe",
            ["Password.New"] = "un autre mot de passe long",
        }));
        Assert.Equal("Le mot de passe actuel n'est pas le bon.", wrong.Text("[data-valmsg-for='Password.Current']"));
    }

    [Fact]
    public async Task Locked_account_cannot_log_in_until_unlocked()
    {
        await _app.EnsureUserAsync("verrou@archive.test", "verrou password 1", "Editor");
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        var locked = await PageForms.FollowAsync(admin, await PageForms.SubmitAsync(admin, page, "tr[data-email='verrou@archive.test'] button.lock"));
        Assert.Equal("Locked", locked.Text("tr[data-email='verrou@archive.test'] .status"));

        var person = _app.Browser();
        var login = await PageForms.GetAsync(person, "/account/login");
        var refused = await PageForms.SubmitAsync(person, login, "main form button[type=submit]", new Dictionary<string, string>
        {
            ["Input.Email"] = "verrou@archive.test", ["Input.Password"] = "verrou password 1",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("locked", (await PageForms.ParseAsync(refused)).Text("main"), StringComparison.OrdinalIgnoreCase);

        await PageForms.SubmitAsync(admin, locked, "tr[data-email='verrou@archive.test'] button.unlock");
        await PageForms.LoginAsync(person, "verrou@archive.test", "verrou password 1");
    }

    [Fact]
    public async Task Changing_a_role_to_administrator_opens_the_accounts_page()
    {
        await _app.EnsureUserAsync("promue@archive.test", "promue password 1", "Editor");
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        await PageForms.SubmitAsync(admin, page, "tr[data-email='promue@archive.test'] button.change-role", new Dictionary<string, string> { ["role"] = "Administrator" });

        var promoted = _app.Browser();
        await PageForms.LoginAsync(promoted, "promue@archive.test", "promue password 1");
        Assert.Equal(HttpStatusCode.OK, (await promoted.GetAsync("/admin/accounts")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_to_every_admin_page_go_to_the_login()
    {
        var anonymous = _app.Browser();
        foreach (var url in new[] { "/admin", "/admin/documents/new", "/admin/accounts", "/admin/audit", "/admin/tags", "/admin/collections" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Audit_log_lists_editorial_actions_and_filters_by_person_and_document()
    {
        var editor = await EditorSteps.LoggedInAsync(_app);
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Audité", EditorSteps.UniqueBody("audit"));
        var id = EditorSteps.IdOf(permalink);
        await PageForms.SubmitAsync(editor, await EditorSteps.EditPageAsync(editor, permalink), "#withdraw", new Dictionary<string, string> { ["withdrawReason"] = "Erreur de source" });

        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var byDocument = await PageForms.GetAsync(admin, "/admin/audit?document=" + id);
        var rows = byDocument.QuerySelectorAll("table.audit tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("document.withdraw", rows[0]);
        Assert.Contains("Erreur de source", rows[0]);
        Assert.Contains("document.create", rows[1]);
        Assert.All(rows, r => Assert.Contains(EditorsAppFactory.EditorEmail, r));

        var byPerson = await PageForms.GetAsync(admin, "/admin/audit?user=" + Uri.EscapeDataString(ArchiveAppFactory.AdminEmail));
        Assert.DoesNotContain(byPerson.QuerySelectorAll("table.audit tbody tr"), r => r.TextContent.Contains(id, StringComparison.Ordinal));
    }
}
