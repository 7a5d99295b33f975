using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Account;

public sealed class LoginTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public LoginTests(EditorsAppFactory app) => _app = app;

    [Fact]
    public async Task Configured_administrator_logs_in_and_reaches_the_editors_desk()
    {
        var client = _app.Browser();
        await PageForms.LoginAsync(client, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
        var desk = await PageForms.GetAsync(client, "/admin");
        Assert.Contains(ArchiveAppFactory.AdminEmail, desk.Text("main"));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        var client = _app.Browser();
        var page = await PageForms.GetAsync(client, "/account/login");
        var response = await PageForms.SubmitAsync(client, page, "main form button[type=submit]", new Dictionary<string, string>
        {
            ["Input.Email"] = ArchiveAppFactory.AdminEmail,
            ["Input.Password"] = "not the password",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right", (await PageForms.ParseAsync(response)).Text("main"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        const string email = "locked@archive.test", password = "The Right Password 1";
        await _app.EnsureUserAsync(email, password, "Editor");
        var client = _app.Browser();
        for (var i = 0; i < 5; i++)
        {
            var page = await PageForms.GetAsync(client, "/account/login");
            await PageForms.SubmitAsync(client, page, "main form button[type=submit]", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "wrong " + i });
        }
        var again = await PageForms.GetAsync(client, "/account/login");
        var response = await PageForms.SubmitAsync(client, again, "main form button[type=submit]", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", (await PageForms.ParseAsync(response)).Text("main"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_form_without_its_antiforgery_token_is_refused()
    {
        var client = _app.Browser();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = ArchiveAppFactory.AdminEmail,
            ["Input.Password"] = ArchiveAppFactory.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("pa_auth=", StringComparison.Ordinal)));
    }
}
