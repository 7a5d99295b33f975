using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13, sessions: role change, lock, password change and logout end the sessions concerned at once.</summary>
public sealed class SessionTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public SessionTests(EditorsAppFactory app) => _app = app;

    private static void AssertSentToLogin(HttpResponseMessage response, string what)
    {
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/account/login", StringComparison.Ordinal),
            $"{what}: expected a redirect to the login, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Administrator_demoted_to_editor_loses_the_accounts_page_in_the_open_session()
    {
        await _app.EnsureUserAsync("second.admin@archive.test", "second admin password", "Administrator", "Editor");
        var demoted = _app.Browser();
        await PageForms.LoginAsync(demoted, "second.admin@archive.test", "second admin password");
        // The form it still has open, fetched while it was an administrator.
        var openForm = await PageForms.GetAsync(demoted, "/admin/accounts");

        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var page = await PageForms.GetAsync(admin, "/admin/accounts");
        await PageForms.SubmitAsync(admin, page, "tr[data-email='second.admin@archive.test'] button.change-role", new Dictionary<string, string> { ["role"] = "Editor" });

        AssertSentToLogin(await demoted.GetAsync("/admin/accounts"), "the demoted administrator's session");
        // Nor can it create an administrator with the form it still has open.
        var created = await PageForms.SubmitAsync(demoted, openForm, "#create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "sneaky@archive.test", ["Input.Password"] = "sneaky password 1", ["Input.Role"] = "Administrator",
        });
        Assert.NotEqual(HttpStatusCode.OK, created.StatusCode);
        Assert.False(await _app.WithStoreAsync(db => Task.FromResult(db.Users.Any(u => u.Email == "sneaky@archive.test"))));
    }

    [Fact]
    public async Task Locked_editor_open_session_can_no_longer_publish()
    {
        await _app.EnsureUserAsync("locked.session@archive.test", "locked session password", "Editor");
        var editor = _app.Browser();
        await PageForms.LoginAsync(editor, "locked.session@archive.test", "locked session password");
        var newPage = await PageForms.GetAsync(editor, "/admin/documents/new");

        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var accounts = await PageForms.GetAsync(admin, "/admin/accounts");
        await PageForms.SubmitAsync(admin, accounts, "tr[data-email='locked.session@archive.test'] button.lock");

        var title = "Publié après verrouillage " + Guid.NewGuid().ToString("N");
        var save = await PageForms.SubmitAsync(editor, newPage, "#save", EditorSteps.Fields(title, EditorSteps.UniqueBody("verrou")));
        Assert.NotEqual(HttpStatusCode.OK, save.StatusCode);
        Assert.False(save.StatusCode == HttpStatusCode.Redirect && save.Headers.Location!.OriginalString.StartsWith("/d/", StringComparison.Ordinal), "the locked editor's save went through");
        Assert.False(await _app.WithStoreAsync(db => Task.FromResult(db.Documents.Any(d => d.Title == title))));
    }

    [Fact]
    public async Task Auth_cookie_replayed_after_logout_is_refused()
    {
        await _app.EnsureUserAsync(EditorsAppFactory.EditorEmail, EditorsAppFactory.EditorPassword, "Editor");
        var client = _app.Browser();
        var login = await PageForms.GetAsync(client, "/account/login");
        var loggedIn = await PageForms.SubmitAsync(client, login, "main form button[type=submit]", new Dictionary<string, string>
        {
            ["Input.Email"] = EditorsAppFactory.EditorEmail, ["Input.Password"] = EditorsAppFactory.EditorPassword,
        });
        var cookie = loggedIn.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("pa_auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var logout = await PageForms.GetAsync(client, "/account/logout");
        await PageForms.SubmitAsync(client, logout, "main form button[type=submit]");

        var replay = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        AssertSentToLogin(await replay.SendAsync(request), "the replayed cookie");
    }

    [Fact]
    public async Task Password_change_ends_the_accounts_other_sessions()
    {
        await _app.EnsureUserAsync("two.sessions@archive.test", "first password 123", "Editor");
        var here = _app.Browser();
        var elsewhere = _app.Browser();
        await PageForms.LoginAsync(here, "two.sessions@archive.test", "first password 123");
        await PageForms.LoginAsync(elsewhere, "two.sessions@archive.test", "first password 123");

        var account = await PageForms.GetAsync(here, "/account");
        var changed = await PageForms.SubmitAsync(here, account, "#change-password", new Dictionary<string, string>
        {
            ["Password.Current"] = "first password 123", ["Password.New"] = "second password 456",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        AssertSentToLogin(await elsewhere.GetAsync("/admin"), "the other session");
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/admin")).StatusCode);
    }
}
